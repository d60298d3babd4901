using System.Collections.Concurrent;
using Meridian.Language;

namespace Meridian.Validation;

/// <summary>
/// For a sequence of visitor types: per node kind, the positions of the visitors whose Enter (and Leave) hooks the
/// walk must call. The same rules and options always give the same visitor types, so layouts are computed once and
/// shared by every validation with that sequence.
/// </summary>
internal sealed class VisitorLayout
{
    private static readonly ConcurrentDictionary<TypeSequence, VisitorLayout> Cache = new();
    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;

    private VisitorLayout(Type[] visitorTypes)
    {
        var hooks = Array.ConvertAll(visitorTypes, VisitorHooks.Of);
        EnterByKind = new int[KindCount][];
        LeaveByKind = new int[KindCount][];
        for (var kind = 0; kind < KindCount; kind++)
        {
            EnterByKind[kind] = Select(hooks, static h => h.EnterKinds, (SyntaxKind)kind);
            LeaveByKind[kind] = Select(hooks, static h => h.LeaveKinds, (SyntaxKind)kind);
        }
    }

    public int[][] EnterByKind { get; }

    public int[][] LeaveByKind { get; }

    public static VisitorLayout For(ValidationVisitor[] visitors)
    {
        var types = Array.ConvertAll(visitors, static v => v.GetType());
        return Cache.GetOrAdd(new TypeSequence(types), static key => new VisitorLayout(key.Types));
    }

    private static int[] Select(VisitorHooks[] hooks, Func<VisitorHooks, ulong> kinds, SyntaxKind kind)
    {
        var selected = new List<int>();
        for (var i = 0; i < hooks.Length; i++)
        {
            if (VisitorHooks.Has(kinds(hooks[i]), kind))
            {
                selected.Add(i);
            }
        }

        return [.. selected];
    }

    private readonly struct TypeSequence(Type[] types) : IEquatable<TypeSequence>
    {
        public Type[] Types { get; } = types;

        public bool Equals(TypeSequence other) => Types.AsSpan().SequenceEqual(other.Types);

        public override bool Equals(object? obj) => obj is TypeSequence other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var type in Types)
            {
                hash.Add(type);
            }

            return hash.ToHashCode();
        }
    }
}
