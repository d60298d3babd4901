using Meridian.Types;

namespace Meridian.CodeFirst;

/// <summary>Generates the code-first types of one executor when its schema is built.</summary>
internal sealed class CodeFirstInterceptor(CodeFirstRegistrations registrations, IServiceProvider services) : ISchemaConfigurationInterceptor
{
    public void OnBeforeComplete(SchemaConfigurationContext context) => SchemaGenerator.Generate(context, registrations, services);
}
