namespace Meridian.Validation;

/// <summary>
/// What an analysis measured in one operation or fragment definition by itself, and the fragment spreads whose
/// values still have to be added in, each with the factor or offset that applies at the spread.
/// </summary>
internal sealed class DefinitionSummary
{
    public double Local { get; set; }

    public List<(string Fragment, double Factor)> Spreads { get; } = [];
}
