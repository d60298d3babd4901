using BenchmarkDotNet.Running;
using Meridian.Benchmarks.PubSub;

if (args is [PubSubHarness.Command, .. var rest])
{
    return await PubSubHarness.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
