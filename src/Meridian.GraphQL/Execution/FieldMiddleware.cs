namespace Meridian.Execution;

/// <summary>Wraps the rest of a field's pipeline; composed once per field when the schema is built.</summary>
public delegate FieldDelegate FieldMiddleware(FieldDelegate next);
