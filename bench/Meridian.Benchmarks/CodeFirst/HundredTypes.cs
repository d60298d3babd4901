// Written by a script for CodeFirstSchemaBuildBenchmarks: a hundred entity types that refer to one another
// (a chain through Next and Children), so that the code-first schema has 100 object types.
namespace Meridian.Benchmarks.CodeFirst.HundredTypes;

public enum Color
{
    Red,
    Green,
    Blue,
}

public sealed class HundredTypesQuery
{
    public Type000 GetRoot() => new();

    public IReadOnlyList<Type050> GetMiddle(int take = 10, string? filter = null) => [];
}

public sealed class Type000
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type001? Next { get; init; }

    public IEnumerable<Type001> GetChildren(int take = 3) => [];
}

public sealed class Type001
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type002? Next { get; init; }

    public IEnumerable<Type002> GetChildren(int take = 3) => [];
}

public sealed class Type002
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type003? Next { get; init; }

    public IEnumerable<Type003> GetChildren(int take = 3) => [];
}

public sealed class Type003
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type004? Next { get; init; }

    public IEnumerable<Type004> GetChildren(int take = 3) => [];
}

public sealed class Type004
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type005? Next { get; init; }

    public IEnumerable<Type005> GetChildren(int take = 3) => [];
}

public sealed class Type005
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type006? Next { get; init; }

    public IEnumerable<Type006> GetChildren(int take = 3) => [];
}

public sealed class Type006
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type007? Next { get; init; }

    public IEnumerable<Type007> GetChildren(int take = 3) => [];
}

public sealed class Type007
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type008? Next { get; init; }

    public IEnumerable<Type008> GetChildren(int take = 3) => [];
}

public sealed class Type008
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type009? Next { get; init; }

    public IEnumerable<Type009> GetChildren(int take = 3) => [];
}

public sealed class Type009
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type010? Next { get; init; }

    public IEnumerable<Type010> GetChildren(int take = 3) => [];
}

public sealed class Type010
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type011? Next { get; init; }

    public IEnumerable<Type011> GetChildren(int take = 3) => [];
}

public sealed class Type011
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type012? Next { get; init; }

    public IEnumerable<Type012> GetChildren(int take = 3) => [];
}

public sealed class Type012
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type013? Next { get; init; }

    public IEnumerable<Type013> GetChildren(int take = 3) => [];
}

public sealed class Type013
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type014? Next { get; init; }

    public IEnumerable<Type014> GetChildren(int take = 3) => [];
}

public sealed class Type014
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type015? Next { get; init; }

    public IEnumerable<Type015> GetChildren(int take = 3) => [];
}

public sealed class Type015
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type016? Next { get; init; }

    public IEnumerable<Type016> GetChildren(int take = 3) => [];
}

public sealed class Type016
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type017? Next { get; init; }

    public IEnumerable<Type017> GetChildren(int take = 3) => [];
}

public sealed class Type017
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type018? Next { get; init; }

    public IEnumerable<Type018> GetChildren(int take = 3) => [];
}

public sealed class Type018
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type019? Next { get; init; }

    public IEnumerable<Type019> GetChildren(int take = 3) => [];
}

public sealed class Type019
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type020? Next { get; init; }

    public IEnumerable<Type020> GetChildren(int take = 3) => [];
}

public sealed class Type020
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type021? Next { get; init; }

    public IEnumerable<Type021> GetChildren(int take = 3) => [];
}

public sealed class Type021
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type022? Next { get; init; }

    public IEnumerable<Type022> GetChildren(int take = 3) => [];
}

public sealed class Type022
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type023? Next { get; init; }

    public IEnumerable<Type023> GetChildren(int take = 3) => [];
}

public sealed class Type023
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type024? Next { get; init; }

    public IEnumerable<Type024> GetChildren(int take = 3) => [];
}

public sealed class Type024
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type025? Next { get; init; }

    public IEnumerable<Type025> GetChildren(int take = 3) => [];
}

public sealed class Type025
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type026? Next { get; init; }

    public IEnumerable<Type026> GetChildren(int take = 3) => [];
}

public sealed class Type026
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type027? Next { get; init; }

    public IEnumerable<Type027> GetChildren(int take = 3) => [];
}

public sealed class Type027
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type028? Next { get; init; }

    public IEnumerable<Type028> GetChildren(int take = 3) => [];
}

public sealed class Type028
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type029? Next { get; init; }

    public IEnumerable<Type029> GetChildren(int take = 3) => [];
}

public sealed class Type029
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type030? Next { get; init; }

    public IEnumerable<Type030> GetChildren(int take = 3) => [];
}

public sealed class Type030
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type031? Next { get; init; }

    public IEnumerable<Type031> GetChildren(int take = 3) => [];
}

public sealed class Type031
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type032? Next { get; init; }

    public IEnumerable<Type032> GetChildren(int take = 3) => [];
}

public sealed class Type032
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type033? Next { get; init; }

    public IEnumerable<Type033> GetChildren(int take = 3) => [];
}

public sealed class Type033
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type034? Next { get; init; }

    public IEnumerable<Type034> GetChildren(int take = 3) => [];
}

public sealed class Type034
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type035? Next { get; init; }

    public IEnumerable<Type035> GetChildren(int take = 3) => [];
}

public sealed class Type035
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type036? Next { get; init; }

    public IEnumerable<Type036> GetChildren(int take = 3) => [];
}

public sealed class Type036
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type037? Next { get; init; }

    public IEnumerable<Type037> GetChildren(int take = 3) => [];
}

public sealed class Type037
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type038? Next { get; init; }

    public IEnumerable<Type038> GetChildren(int take = 3) => [];
}

public sealed class Type038
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type039? Next { get; init; }

    public IEnumerable<Type039> GetChildren(int take = 3) => [];
}

public sealed class Type039
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type040? Next { get; init; }

    public IEnumerable<Type040> GetChildren(int take = 3) => [];
}

public sealed class Type040
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type041? Next { get; init; }

    public IEnumerable<Type041> GetChildren(int take = 3) => [];
}

public sealed class Type041
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type042? Next { get; init; }

    public IEnumerable<Type042> GetChildren(int take = 3) => [];
}

public sealed class Type042
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type043? Next { get; init; }

    public IEnumerable<Type043> GetChildren(int take = 3) => [];
}

public sealed class Type043
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type044? Next { get; init; }

    public IEnumerable<Type044> GetChildren(int take = 3) => [];
}

public sealed class Type044
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type045? Next { get; init; }

    public IEnumerable<Type045> GetChildren(int take = 3) => [];
}

public sealed class Type045
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type046? Next { get; init; }

    public IEnumerable<Type046> GetChildren(int take = 3) => [];
}

public sealed class Type046
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type047? Next { get; init; }

    public IEnumerable<Type047> GetChildren(int take = 3) => [];
}

public sealed class Type047
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type048? Next { get; init; }

    public IEnumerable<Type048> GetChildren(int take = 3) => [];
}

public sealed class Type048
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type049? Next { get; init; }

    public IEnumerable<Type049> GetChildren(int take = 3) => [];
}

public sealed class Type049
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type050? Next { get; init; }

    public IEnumerable<Type050> GetChildren(int take = 3) => [];
}

public sealed class Type050
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type051? Next { get; init; }

    public IEnumerable<Type051> GetChildren(int take = 3) => [];
}

public sealed class Type051
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type052? Next { get; init; }

    public IEnumerable<Type052> GetChildren(int take = 3) => [];
}

public sealed class Type052
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type053? Next { get; init; }

    public IEnumerable<Type053> GetChildren(int take = 3) => [];
}

public sealed class Type053
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type054? Next { get; init; }

    public IEnumerable<Type054> GetChildren(int take = 3) => [];
}

public sealed class Type054
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type055? Next { get; init; }

    public IEnumerable<Type055> GetChildren(int take = 3) => [];
}

public sealed class Type055
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type056? Next { get; init; }

    public IEnumerable<Type056> GetChildren(int take = 3) => [];
}

public sealed class Type056
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type057? Next { get; init; }

    public IEnumerable<Type057> GetChildren(int take = 3) => [];
}

public sealed class Type057
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type058? Next { get; init; }

    public IEnumerable<Type058> GetChildren(int take = 3) => [];
}

public sealed class Type058
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type059? Next { get; init; }

    public IEnumerable<Type059> GetChildren(int take = 3) => [];
}

public sealed class Type059
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type060? Next { get; init; }

    public IEnumerable<Type060> GetChildren(int take = 3) => [];
}

public sealed class Type060
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type061? Next { get; init; }

    public IEnumerable<Type061> GetChildren(int take = 3) => [];
}

public sealed class Type061
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type062? Next { get; init; }

    public IEnumerable<Type062> GetChildren(int take = 3) => [];
}

public sealed class Type062
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type063? Next { get; init; }

    public IEnumerable<Type063> GetChildren(int take = 3) => [];
}

public sealed class Type063
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type064? Next { get; init; }

    public IEnumerable<Type064> GetChildren(int take = 3) => [];
}

public sealed class Type064
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type065? Next { get; init; }

    public IEnumerable<Type065> GetChildren(int take = 3) => [];
}

public sealed class Type065
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type066? Next { get; init; }

    public IEnumerable<Type066> GetChildren(int take = 3) => [];
}

public sealed class Type066
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type067? Next { get; init; }

    public IEnumerable<Type067> GetChildren(int take = 3) => [];
}

public sealed class Type067
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type068? Next { get; init; }

    public IEnumerable<Type068> GetChildren(int take = 3) => [];
}

public sealed class Type068
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type069? Next { get; init; }

    public IEnumerable<Type069> GetChildren(int take = 3) => [];
}

public sealed class Type069
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type070? Next { get; init; }

    public IEnumerable<Type070> GetChildren(int take = 3) => [];
}

public sealed class Type070
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type071? Next { get; init; }

    public IEnumerable<Type071> GetChildren(int take = 3) => [];
}

public sealed class Type071
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type072? Next { get; init; }

    public IEnumerable<Type072> GetChildren(int take = 3) => [];
}

public sealed class Type072
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type073? Next { get; init; }

    public IEnumerable<Type073> GetChildren(int take = 3) => [];
}

public sealed class Type073
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type074? Next { get; init; }

    public IEnumerable<Type074> GetChildren(int take = 3) => [];
}

public sealed class Type074
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type075? Next { get; init; }

    public IEnumerable<Type075> GetChildren(int take = 3) => [];
}

public sealed class Type075
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type076? Next { get; init; }

    public IEnumerable<Type076> GetChildren(int take = 3) => [];
}

public sealed class Type076
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type077? Next { get; init; }

    public IEnumerable<Type077> GetChildren(int take = 3) => [];
}

public sealed class Type077
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type078? Next { get; init; }

    public IEnumerable<Type078> GetChildren(int take = 3) => [];
}

public sealed class Type078
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type079? Next { get; init; }

    public IEnumerable<Type079> GetChildren(int take = 3) => [];
}

public sealed class Type079
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type080? Next { get; init; }

    public IEnumerable<Type080> GetChildren(int take = 3) => [];
}

public sealed class Type080
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type081? Next { get; init; }

    public IEnumerable<Type081> GetChildren(int take = 3) => [];
}

public sealed class Type081
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type082? Next { get; init; }

    public IEnumerable<Type082> GetChildren(int take = 3) => [];
}

public sealed class Type082
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type083? Next { get; init; }

    public IEnumerable<Type083> GetChildren(int take = 3) => [];
}

public sealed class Type083
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type084? Next { get; init; }

    public IEnumerable<Type084> GetChildren(int take = 3) => [];
}

public sealed class Type084
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type085? Next { get; init; }

    public IEnumerable<Type085> GetChildren(int take = 3) => [];
}

public sealed class Type085
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type086? Next { get; init; }

    public IEnumerable<Type086> GetChildren(int take = 3) => [];
}

public sealed class Type086
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type087? Next { get; init; }

    public IEnumerable<Type087> GetChildren(int take = 3) => [];
}

public sealed class Type087
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type088? Next { get; init; }

    public IEnumerable<Type088> GetChildren(int take = 3) => [];
}

public sealed class Type088
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type089? Next { get; init; }

    public IEnumerable<Type089> GetChildren(int take = 3) => [];
}

public sealed class Type089
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type090? Next { get; init; }

    public IEnumerable<Type090> GetChildren(int take = 3) => [];
}

public sealed class Type090
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type091? Next { get; init; }

    public IEnumerable<Type091> GetChildren(int take = 3) => [];
}

public sealed class Type091
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type092? Next { get; init; }

    public IEnumerable<Type092> GetChildren(int take = 3) => [];
}

public sealed class Type092
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type093? Next { get; init; }

    public IEnumerable<Type093> GetChildren(int take = 3) => [];
}

public sealed class Type093
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type094? Next { get; init; }

    public IEnumerable<Type094> GetChildren(int take = 3) => [];
}

public sealed class Type094
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type095? Next { get; init; }

    public IEnumerable<Type095> GetChildren(int take = 3) => [];
}

public sealed class Type095
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type096? Next { get; init; }

    public IEnumerable<Type096> GetChildren(int take = 3) => [];
}

public sealed class Type096
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type097? Next { get; init; }

    public IEnumerable<Type097> GetChildren(int take = 3) => [];
}

public sealed class Type097
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type098? Next { get; init; }

    public IEnumerable<Type098> GetChildren(int take = 3) => [];
}

public sealed class Type098
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type099? Next { get; init; }

    public IEnumerable<Type099> GetChildren(int take = 3) => [];
}

public sealed class Type099
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public double? Score { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public Color Color { get; init; }

    public Type000? Next { get; init; }

    public IEnumerable<Type000> GetChildren(int take = 3) => [];
}
