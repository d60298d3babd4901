namespace Meridian.Conformance;

/// <summary>
/// A case listed in a <see cref="SkipList"/>: its id, why it does not apply to Meridian (short, in our words), and
/// how its failure note starts: the failure the reason explains, precise enough that another failure does not match.
/// </summary>
public sealed record SkippedCase(string CaseId, string Reason, string KnownFailure);
