using System.Linq.Expressions;
using System.Reflection;
using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>Where the instance of a non-static resolver member comes from.</summary>
internal abstract class ResolverInstance
{
    private static readonly MethodInfo ParentMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.Parent))!;

    /// <summary>The parent value is the instance (entity members).</summary>
    public static ResolverInstance Parent(Type type) => new ParentInstance(type);

    /// <summary>An instance of a resolver class (root types, extensions).</summary>
    public static ResolverInstance ResolverClass(ResolverClassInstance instance, Type type) => new ClassInstance(instance, type);

    /// <summary>Static members only.</summary>
    public static ResolverInstance None { get; } = new NoInstance();

    public abstract Expression? CreateExpression(ParameterExpression context);

    private sealed class ParentInstance(Type type) : ResolverInstance
    {
        public override Expression CreateExpression(ParameterExpression context) =>
            Expression.Call(context, ParentMethod.MakeGenericMethod(type));
    }

    private sealed class ClassInstance(ResolverClassInstance instance, Type type) : ResolverInstance
    {
        public override Expression CreateExpression(ParameterExpression context) => instance.Shared is { } shared
            ? Expression.Constant(shared, type)
            : Expression.Convert(Expression.Call(Expression.Constant(instance), ResolverClassInstance.GetMethod, context), type);
    }

    private sealed class NoInstance : ResolverInstance
    {
        public override Expression? CreateExpression(ParameterExpression context) => null;
    }
}
