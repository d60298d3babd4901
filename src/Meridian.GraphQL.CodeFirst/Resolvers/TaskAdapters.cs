using System.Reflection;

namespace Meridian.CodeFirst;

/// <summary>Turns the tasks resolver methods return into the executor's <c>ValueTask&lt;object?&gt;</c> without boxing completed results twice.</summary>
internal static class TaskAdapters
{
    public static readonly MethodInfo FromTaskMethod = typeof(TaskAdapters).GetMethod(nameof(FromTask))!;
    public static readonly MethodInfo FromValueTaskMethod = typeof(TaskAdapters).GetMethod(nameof(FromValueTask))!;

    public static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTask(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);

    private static async ValueTask<object?> AwaitTask<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(false);
}
