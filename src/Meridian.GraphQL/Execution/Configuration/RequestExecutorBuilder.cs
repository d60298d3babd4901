using Microsoft.Extensions.DependencyInjection;

namespace Meridian.Execution;

internal sealed class RequestExecutorBuilder(IServiceCollection services, string name, RequestExecutorSetup setup) : IRequestExecutorBuilder
{
    public string Name => name;

    public IServiceCollection Services => services;

    public RequestExecutorSetup Setup => setup;
}
