namespace Meridian.Conformance;

/// <summary>
/// The outcome of one conformance case: an id that finds it in its source, and why it failed (or a remark when it
/// passed). A skipped case is one a suite lists, with the reason, as not applicable to Meridian (an expectation the
/// current specification contradicts, for example); it counts neither as passed nor as failed.
/// </summary>
public sealed record CaseResult(string Id, bool Passed, string? Note = null, bool Skipped = false)
{
    public static CaseResult Pass(string id, string? note = null) => new(id, true, note);

    public static CaseResult Fail(string id, string note) => new(id, false, note);

    public static CaseResult Skip(string id, string reason) => new(id, false, reason, Skipped: true);
}
