using System.Reflection;
using System.Runtime.Loader;

namespace Meridian.AbBenchmarks;

/// <summary>One build's assemblies, loaded from its output folder; the framework's come from the default context.</summary>
internal sealed class BuildLoadContext(string folder) : AssemblyLoadContext(Path.GetFileName(folder), isCollectible: false)
{
    public Func<int, double> CreateRunner()
    {
        var runner = LoadFromAssemblyPath(Path.Combine(folder, "AbRunner.dll")).GetType("Meridian.AbBenchmarks.ListRunner", throwOnError: true)!;
        return (Func<int, double>)runner.GetMethod("Create")!.Invoke(null, null)!;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = Path.Combine(folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
