namespace Meridian.Conformance;

/// <summary>The outcome of one conformance case: an id that finds it in its source, and why it failed (or a remark when it passed).</summary>
public sealed record CaseResult(string Id, bool Passed, string? Note = null)
{
    public static CaseResult Pass(string id, string? note = null) => new(id, true, note);

    public static CaseResult Fail(string id, string note) => new(id, false, note);
}
