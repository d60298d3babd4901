using System.Diagnostics;
using System.Globalization;

namespace Booking.Benchmarks.Reservations;

/// <summary>
/// CPU time spent by this process and by the PostgreSQL backends serving one database (read from /proc on Linux).
/// Divided by the operations, it tells what a reservation costs whatever else the machine is doing, which wall-clock
/// throughput on a shared machine cannot.
/// </summary>
internal sealed class CpuMeter(string databaseName)
{
    private const double ClockTicksPerSecond = 100;

    public (TimeSpan App, TimeSpan Database) Read()
    {
        using var self = Process.GetCurrentProcess();
        return (self.TotalProcessorTime, DatabaseCpu());
    }

    private TimeSpan DatabaseCpu()
    {
        if (!OperatingSystem.IsLinux())
        {
            return TimeSpan.Zero;
        }

        long ticks = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline"));
                if (!commandLine.StartsWith("postgres:", StringComparison.Ordinal) || !commandLine.Contains(databaseName, StringComparison.Ordinal))
                {
                    continue;
                }

                // Fields after the command name in parentheses: utime is the 14th field, stime the 15th.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }
}
