namespace Meridian.Execution;

/// <summary>The validation limits in force for one request (executor options with the request's overrides applied).</summary>
public readonly record struct ValidationSettings(int? MaxExecutionDepth, double? MaxFieldCost, int MaxErrors, bool AllowIntrospection);
