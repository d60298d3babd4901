using Booking.Data;
using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Booking.Domain.Queries;

/// <summary>
/// Reading appointments as an actor may see them: a client their own, a provider theirs, an admin all.
/// <see cref="VisibleTo"/> is the composable form for the GraphQL layer's paging and filtering.
/// </summary>
public sealed class BookingQueries(IDbContextFactory<BookingDbContext> contextFactory)
{
    public const int MaxLimit = 500;

    /// <summary>The appointments <paramref name="actor"/> may see, as a query to compose further.</summary>
    public static IQueryable<Appointment> VisibleTo(IQueryable<Appointment> appointments, Actor actor) => actor.Role switch
    {
        UserRole.Admin => appointments,
        UserRole.Provider => appointments.Where(appointment => appointment.ProviderId == actor.UserId),
        _ => appointments.Where(appointment => appointment.ClientId == actor.UserId),
    };

    /// <summary>Applies a filter (ordered by start, then id), refusing filters that ask for someone else's bookings.</summary>
    public static IQueryable<Appointment> Filter(IQueryable<Appointment> appointments, Actor actor, BookingFilter filter)
    {
        if (filter.ClientId is { } clientId && actor.Role == UserRole.Client && clientId != actor.UserId)
        {
            throw new NotAllowedException("A client may list only their own bookings.");
        }

        if (filter.ProviderId is { } providerId && actor.Role == UserRole.Provider && providerId != actor.UserId)
        {
            throw new NotAllowedException("A provider may list only their own bookings.");
        }

        var query = VisibleTo(appointments, actor);
        if (filter.ProviderId is { } provider)
        {
            query = query.Where(appointment => appointment.ProviderId == provider);
        }

        if (filter.ClientId is { } client)
        {
            query = query.Where(appointment => appointment.ClientId == client);
        }

        if (filter.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            query = query.Where(appointment => appointment.End > fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            query = query.Where(appointment => appointment.Start < toUtc);
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            var wanted = statuses.ToArray();
            query = query.Where(appointment => wanted.Contains(appointment.Status));
        }

        return query.OrderBy(appointment => appointment.Start).ThenBy(appointment => appointment.Id);
    }

    public async Task<IReadOnlyList<Appointment>> ListAsync(Actor actor, BookingFilter filter, CancellationToken cancellationToken = default)
    {
        if (filter.Limit is < 1 or > MaxLimit)
        {
            throw new InvalidBookingRequestException($"The limit must be between 1 and {MaxLimit}.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Filter(db.Appointments.AsNoTracking(), actor, filter).Take(filter.Limit).ToListAsync(cancellationToken);
    }

    public async Task<Appointment> GetAsync(Actor actor, Guid appointmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var appointment = await db.Appointments.AsNoTracking()
            .SingleOrDefaultAsync(candidate => candidate.Id == appointmentId, cancellationToken);
        return appointment is not null && AppointmentAccess.CanSee(actor, appointment)
            ? appointment
            : throw new NotFoundException("No such appointment.");
    }

    /// <summary>The appointment's status changes, oldest first.</summary>
    public async Task<IReadOnlyList<AppointmentHistory>> GetHistoryAsync(Actor actor, Guid appointmentId, CancellationToken cancellationToken = default)
    {
        await GetAsync(actor, appointmentId, cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AppointmentHistory.AsNoTracking()
            .Where(entry => entry.AppointmentId == appointmentId)
            .OrderBy(entry => entry.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Confirmed appointments starting in [from, to), for reminders (a system job, not an actor).</summary>
    public async Task<IReadOnlyList<Appointment>> ConfirmedStartingBetweenAsync(
        DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var fromUtc = from.ToUniversalTime();
        var toUtc = to.ToUniversalTime();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Appointments.AsNoTracking()
            .Where(appointment => appointment.Status == AppointmentStatus.Confirmed
                && appointment.Start >= fromUtc
                && appointment.Start < toUtc)
            .OrderBy(appointment => appointment.Start)
            .ToListAsync(cancellationToken);
    }
}
