using Meridian.DataLoader;
using Meridian.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Meridian.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { providers: [Provider!]! }
        type Provider { id: Int! nextAppointment: Appointment appointments: [Appointment!]! }
        type Appointment { id: Int! providerId: Int! }
        """;

    private sealed record Provider(int Id);

    private sealed record Appointment(int Id, int ProviderId);

    /// <summary>Counts the batches the "database" sees.</summary>
    private sealed class AppointmentStore
    {
        private int _batchCalls;

        public int BatchCalls => Volatile.Read(ref _batchCalls);

        public List<int> LastBatch { get; private set; } = [];

        public async Task<IReadOnlyList<Appointment>> FindAsync(IReadOnlyList<int> providerIds, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _batchCalls);
            LastBatch = [.. providerIds];
            await Task.Delay(5, cancellationToken);
            return providerIds.Where(id => id % 10 != 0).SelectMany(id => new[] { new Appointment(id * 100, id), new Appointment(id * 100 + 1, id) }).ToArray();
        }
    }

    private sealed class NextAppointmentLoader(AppointmentStore store, IBatchScheduler scheduler) : BatchDataLoader<int, Appointment>(scheduler)
    {
        protected override async Task<IReadOnlyDictionary<int, Appointment>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            var found = await store.FindAsync(keys, cancellationToken);
            return found.GroupBy(a => a.ProviderId).ToDictionary(g => g.Key, g => g.First());
        }
    }

    private sealed class AppointmentsByProviderLoader(AppointmentStore store, IBatchScheduler scheduler) : GroupedDataLoader<int, Appointment>(scheduler)
    {
        protected override async Task<ILookup<int, Appointment>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            (await store.FindAsync(keys, cancellationToken)).ToLookup(a => a.ProviderId);
    }

    private static async Task<(IRequestExecutor Executor, AppointmentStore Store)> CreateAsync(bool register = false)
    {
        var store = new AppointmentStore();
        var executor = await TestExecutor.CreateAsync(
            Sdl,
            b => b.ConfigureSchema(s => s
                .BindPureResolver("Query", "providers", _ => Enumerable.Range(1, 100).Select(i => new Provider(i)).ToArray())
                .BindResolver("Provider", "nextAppointment", async c =>
                    await c.DataLoader<NextAppointmentLoader>().LoadAsync(c.Parent<Provider>().Id, c.RequestAborted))
                .BindResolver("Provider", "appointments", async c =>
                    await c.DataLoader<AppointmentsByProviderLoader>().LoadAsync(c.Parent<Provider>().Id, c.RequestAborted))),
            services =>
            {
                services.AddSingleton(store);
                if (register)
                {
                    services.AddDataLoader<NextAppointmentLoader>();
                }
            });
        return (executor, store);
    }

    [Fact]
    public async Task One_hundred_providers_loading_their_next_appointment_make_one_batch_call()
    {
        var (executor, store) = await CreateAsync();
        using var result = await executor.ExecuteOperationAsync("{ providers { id nextAppointment { id providerId } } }");
        Assert.Empty(result.Errors);
        Assert.Equal(1, store.BatchCalls);
        Assert.Equal(Enumerable.Range(1, 100), store.LastBatch);
        var providers = (IReadOnlyList<object?>)result.Data!["providers"]!;
        Assert.Equal(100, providers.Count);
        var third = (IReadOnlyDictionary<string, object?>)providers[2]!;
        Assert.Equal(300, ((IReadOnlyDictionary<string, object?>)third["nextAppointment"]!)["id"]);
        Assert.Null(((IReadOnlyDictionary<string, object?>)providers[9]!)["nextAppointment"]);
    }

    [Fact]
    public async Task Grouped_loader_gives_every_key_its_values_in_one_batch()
    {
        var (executor, store) = await CreateAsync();
        using var result = await executor.ExecuteOperationAsync("{ providers { appointments { id } } }");
        Assert.Empty(result.Errors);
        Assert.Equal(1, store.BatchCalls);
        var providers = (IReadOnlyList<object?>)result.Data!["providers"]!;
        Assert.Equal(2, ((IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)providers[0]!)["appointments"]!).Count);
        Assert.Empty((IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)providers[9]!)["appointments"]!);
    }

    [Fact]
    public async Task Two_loaders_in_the_same_wave_each_batch_once_and_the_cache_serves_repeats()
    {
        var (executor, store) = await CreateAsync();
        using var result = await executor.ExecuteOperationAsync("{ providers { nextAppointment { id } appointments { id } again: nextAppointment { providerId } } }");
        Assert.Empty(result.Errors);
        Assert.Equal(2, store.BatchCalls);
    }

    [Fact]
    public async Task Each_request_gets_its_own_loader_instance()
    {
        var (executor, store) = await CreateAsync(register: true);
        await executor.RunAsync("{ providers { nextAppointment { id } } }");
        await executor.RunAsync("{ providers { nextAppointment { id } } }");
        Assert.Equal(2, store.BatchCalls);
    }

    /// <summary>Loads the level below an appointment: one batch per wave is what the wave scheduling promises.</summary>
    private sealed class LevelLoader(IBatchScheduler scheduler) : BatchDataLoader<int, int[]>(scheduler)
    {
        private int _batches;

        public int Batches => Volatile.Read(ref _batches);

        protected override async Task<IReadOnlyDictionary<int, int[]>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _batches);
            await Task.Yield();
            return keys.ToDictionary(k => k, k => new[] { k * 10, (k * 10) + 1 });
        }
    }

    [Fact]
    public async Task Each_level_of_a_nested_query_through_DataLoaders_is_one_batch()
    {
        // Level n+1 is loaded by resolvers that come back from level n's batch one by one; none of them may be left
        // for a second batch of the same level, however the thread pool orders their continuations.
        const string sdl = "type Query { roots: [Node!]! } type Node { id: Int! children: [Node!]! }";
        LevelLoader? loader = null;
        var executor = await TestExecutor.CreateAsync(
            sdl,
            b => b.ConfigureSchema(s => s
                .BindPureResolver("Query", "roots", _ => Enumerable.Range(1, 50).ToArray())
                .BindPureResolver("Node", "id", c => c.Parent<int>())
                .BindResolver("Node", "children", async c =>
                {
                    loader ??= c.DataLoader<LevelLoader>();
                    return await c.DataLoader<LevelLoader>().LoadAsync(c.Parent<int>(), c.RequestAborted);
                })),
            services => services.AddDataLoader<LevelLoader>());

        for (var run = 0; run < 20; run++)
        {
            loader = null;
            using var result = await executor.ExecuteOperationAsync("{ roots { children { children { children { id } } } } }");
            Assert.Empty(result.Errors);
            Assert.Equal(3, loader!.Batches);
            var roots = (IReadOnlyList<object?>)result.Data!["roots"]!;
            var leaves = ((IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)roots[0]!)["children"]!)[0]!)["children"]!)[0]!)["children"]!);
            Assert.Equal(1000, ((IReadOnlyDictionary<string, object?>)leaves[0]!)["id"]);
        }
    }

    [Fact]
    public async Task Loader_outside_execution_dispatches_by_itself()
    {
        var store = new AppointmentStore();
        var loader = new NextAppointmentLoader(store, AutoBatchScheduler.Default);
        var first = loader.LoadAsync(1);
        var second = loader.LoadAsync(2);
        var both = await loader.LoadAsync([1, 2]);
        Assert.Equal(100, (await first).Id);
        Assert.Equal(200, (await second).Id);
        Assert.Equal([100, 200], both.Select(a => a.Id));

        // The thread pool may start the first batch before the second key is added (nothing tells it when the caller
        // is done), but the cached keys never cause a fetch of their own.
        Assert.InRange(store.BatchCalls, 1, 2);
    }

    [Fact]
    public async Task Failed_batch_fails_its_loads_and_is_not_cached()
    {
        var attempts = 0;
        var loader = new FailingOnceLoader(AutoBatchScheduler.Default, () => ++attempts);
        await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(1));
        Assert.Equal(1, await loader.LoadAsync(1));
        Assert.Equal(2, attempts);
    }

    private sealed class FailingOnceLoader(IBatchScheduler scheduler, Func<int> attempt) : BatchDataLoader<int, int>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            attempt() == 1
                ? throw new InvalidOperationException("database down")
                : Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k));
    }
}
