using System.Runtime.CompilerServices;
using Meridian.Execution;

namespace Meridian.CodeFirst;

/// <summary>The code-first registrations of each executor builder, created with the interceptor that uses them on first use.</summary>
internal static class CodeFirstSetup
{
    private static readonly ConditionalWeakTable<RequestExecutorSetup, CodeFirstRegistrations> Registrations = new();

    public static CodeFirstRegistrations Get(IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        lock (Registrations)
        {
            if (!Registrations.TryGetValue(builder.Setup, out var registrations))
            {
                registrations = new CodeFirstRegistrations();
                Registrations.Add(builder.Setup, registrations);
                var captured = registrations;
                builder.ConfigureSchema((services, schema) => schema.AddInterceptor(new CodeFirstInterceptor(captured, services)));
            }

            return registrations;
        }
    }
}
