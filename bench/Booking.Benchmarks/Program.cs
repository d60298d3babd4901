using BenchmarkDotNet.Running;
using Booking.Benchmarks.Reservations;

// Concurrent throughput needs its own harness (BenchmarkDotNet times one caller): `reservations [options]`.
if (args is ["reservations", .. var rest])
{
    return await ReservationLoad.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
