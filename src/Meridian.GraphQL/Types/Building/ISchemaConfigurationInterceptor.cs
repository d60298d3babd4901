namespace Meridian.Types;

/// <summary>
/// The extension point for code-first and conventions: sees every configuration before the schema is completed
/// (and may add, change or remove them), and the finished schema after.
/// </summary>
public interface ISchemaConfigurationInterceptor
{
    /// <summary>Called once all SDL, programmatic types and bindings are in, before completion and validation.</summary>
    void OnBeforeComplete(SchemaConfigurationContext context);

    /// <summary>Called with the completed, validated schema.</summary>
    void OnAfterComplete(Schema schema)
    {
    }
}
