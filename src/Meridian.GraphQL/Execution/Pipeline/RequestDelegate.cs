namespace Meridian.Execution;

/// <summary>One step of the request pipeline and everything after it.</summary>
public delegate ValueTask RequestDelegate(RequestContext context);
