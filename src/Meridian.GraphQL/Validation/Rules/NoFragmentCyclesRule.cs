using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// §5.5.2.2 Fragment Spreads Must Not Form Cycles. A depth-first search over the fragment graph, each fragment
/// visited once, reporting each cycle with the spreads that form it. The search keeps its own stack, so a chain of
/// thousands of fragments cannot overflow the call stack.
/// </summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => Visitor.Instance;

    private sealed class Visitor : ValidationVisitor
    {
        public static readonly Visitor Instance = new();

        protected override VisitorAction Enter(DocumentNode node, ValidationContext context)
        {
            if (context.Fragments.Count > 0)
            {
                new CycleSearch(context).Run();
            }

            return VisitorAction.Skip;
        }
    }

    private sealed class CycleSearch(ValidationContext context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);
        private readonly Stack<Frame> _frames = new();

        public void Run()
        {
            foreach (var fragment in context.Fragments)
            {
                if (Start(fragment))
                {
                    Search();
                }
            }
        }

        private bool Start(FragmentDefinitionNode fragment)
        {
            if (!_visited.Add(fragment.Name.Value))
            {
                return false;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return false;
            }

            _pathIndexByName[fragment.Name.Value] = _spreadPath.Count;
            _frames.Push(new Frame(fragment.Name.Value, spreads));
            return true;
        }

        private void Search()
        {
            while (_frames.TryPeek(out var frame))
            {
                if (frame.Next == frame.Spreads.Count)
                {
                    _pathIndexByName.Remove(frame.Name);
                    _frames.Pop();
                    if (_frames.Count > 0)
                    {
                        // The spread that led into the finished fragment leaves the path.
                        _spreadPath.RemoveAt(_spreadPath.Count - 1);
                    }

                    continue;
                }

                var spread = frame.Spreads[frame.Next++];
                _spreadPath.Add(spread);
                if (_pathIndexByName.TryGetValue(spread.Name.Value, out var cycleIndex))
                {
                    Report(spread, cycleIndex);
                }
                else if (context.GetFragment(spread.Name.Value) is { } target && Start(target))
                {
                    continue;
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
        }

        private void Report(FragmentSpreadNode spread, int cycleIndex)
        {
            var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
            var via = new List<string>(cyclePath.Count - 1);
            for (var i = 0; i < cyclePath.Count - 1; i++)
            {
                via.Add($"\"{cyclePath[i].Name.Value}\"");
            }

            var suffix = via.Count == 0 ? "." : $" via {string.Join(", ", via)}.";
            context.ReportError(
                $"Cannot spread fragment \"{spread.Name.Value}\" within itself{suffix}",
                ValidationErrorCodes.FragmentCycle,
                SpecSections.FragmentSpreadsMustNotFormCycles,
                [.. cyclePath]);
        }

        private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
        {
            public string Name { get; } = name;

            public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

            public int Next { get; set; }
        }
    }
}
