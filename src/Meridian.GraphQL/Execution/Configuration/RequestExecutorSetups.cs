namespace Meridian.Execution;

/// <summary>The setups of every executor configured in a service collection, by name.</summary>
internal sealed class RequestExecutorSetups
{
    private readonly Dictionary<string, RequestExecutorSetup> _setups = new(StringComparer.Ordinal);

    public RequestExecutorSetup GetOrAdd(string name)
    {
        lock (_setups)
        {
            if (!_setups.TryGetValue(name, out var setup))
            {
                setup = new RequestExecutorSetup(name);
                _setups.Add(name, setup);
            }

            return setup;
        }
    }

    public bool TryGet(string name, out RequestExecutorSetup? setup)
    {
        lock (_setups)
        {
            return _setups.TryGetValue(name, out setup);
        }
    }
}
