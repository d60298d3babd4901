using System.Globalization;

namespace Booking.Benchmarks.Reservations;

/// <summary>
/// <c>reservations [--clients 50] [--distinct 5000] [--providers 1] [--hot-slots 5] [--rounds 40] [--warmup 5000]</c>:
/// how many concurrent clients, how many distinct-slot reservations to time spread over how many providers, and for the contended run how many slots all
/// clients race for in each round, for how many rounds,
/// and at most how many reservations warm up (fewer once the JIT has settled).
/// </summary>
internal sealed record LoadOptions(int Clients, int Distinct, int HotSlots, int Rounds, int Warmup, int Providers)
{
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions(Clients: 50, Distinct: 5000, HotSlots: 5, Rounds: 40, Warmup: 5000, Providers: 1);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (value <= 0 || value > 100_000)
            {
                throw new ArgumentOutOfRangeException(args[i], value, "Values must be between 1 and 100000.");
            }

            options = args[i] switch
            {
                "--clients" => options with { Clients = value },
                "--distinct" => options with { Distinct = value },
                "--hot-slots" => options with { HotSlots = value },
                "--rounds" => options with { Rounds = value },
                "--warmup" => options with { Warmup = value },
                "--providers" => options with { Providers = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }
}
