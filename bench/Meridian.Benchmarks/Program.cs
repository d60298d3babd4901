using BenchmarkDotNet.Running;
using Meridian.Benchmarks.CodeFirst;
using Meridian.Benchmarks.EngineComparison;
using Meridian.Benchmarks.PubSub;

if (args is [PubSubHarness.Command, .. var rest])
{
    return await PubSubHarness.RunAsync(rest);
}

if (args is [InputExporter.Command, .. var exportArguments])
{
    return await InputExporter.RunAsync(exportArguments);
}

if (args is [AllocationProfiler.Command, .. var profileArguments])
{
    return await AllocationProfiler.RunAsync(profileArguments);
}

if (args is [AllocationProfiler.RunCommand, .. var runArguments])
{
    return await AllocationProfiler.RunOperationsAsync(runArguments);
}

if (args is [ColdSchemaBuild.Command, .. var coldArguments])
{
    return await ColdSchemaBuild.RunAsync(coldArguments);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
