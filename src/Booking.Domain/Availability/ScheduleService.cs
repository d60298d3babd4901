using Booking.Data.Entities;
using Booking.Domain.Errors;
using Booking.Domain.Events;
using Booking.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using AvailabilityExceptionEntity = Booking.Data.Entities.AvailabilityException;
using ManualSlotEntity = Booking.Data.Entities.ManualSlot;

namespace Booking.Domain.Availability;

/// <summary>
/// A provider editing their schedule: settings, weekly hours, exceptions and manual slots. Each change tells
/// subscribers which range of slots may have changed.
/// </summary>
public sealed class ScheduleService(BookingOperationRunner runner)
{
    /// <summary>Local times lie between UTC−12 and UTC+14, so these bound the instants of a local range.</summary>
    private static readonly TimeSpan MaxOffsetEast = TimeSpan.FromHours(14);
    private static readonly TimeSpan MaxOffsetWest = TimeSpan.FromHours(12);

    /// <summary>Creates or updates the provider's profile. The user must have the provider role.</summary>
    public Task<ProviderProfile> SaveSettingsAsync(Actor actor, Guid providerId, ProviderSettings settings, CancellationToken cancellationToken = default)
    {
        EnsureManages(actor, providerId);
        ProviderSettingsValidator.Validate(settings);
        return runner.RunAsync(
            async operation =>
            {
                var user = await operation.Db.Users.SingleOrDefaultAsync(candidate => candidate.Id == providerId, operation.CancellationToken);
                if (user is null || user.Role != UserRole.Provider)
                {
                    throw new NotFoundException("No such provider.");
                }

                var profile = await operation.Db.ProviderProfiles.SingleOrDefaultAsync(candidate => candidate.Id == providerId, operation.CancellationToken);
                if (profile is null)
                {
                    profile = new ProviderProfile { Id = providerId, CreatedAt = operation.Now };
                    operation.Db.ProviderProfiles.Add(profile);
                }

                profile.TimeZoneId = settings.TimeZoneId;
                profile.Description = settings.Description;
                profile.DefaultAppointmentLength = settings.DefaultAppointmentLength;
                profile.SlotStep = settings.SlotStep;
                profile.MinimumNotice = settings.MinimumNotice;
                profile.BookingWindowDays = settings.BookingWindowDays;
                profile.BufferBefore = settings.BufferBefore;
                profile.BufferAfter = settings.BufferAfter;
                profile.HoldGracePeriod = settings.HoldGracePeriod;
                profile.CancellationCutoff = settings.CancellationCutoff;
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                EmitWholeWindow(operation, profile);
                return profile;
            },
            cancellationToken);
    }

    /// <summary>Replaces all weekly hours of the provider with <paramref name="rules"/>.</summary>
    public Task ReplaceWeeklyRulesAsync(
        Actor actor, Guid providerId, IReadOnlyList<Scheduling.WeeklyAvailabilityRule> rules, CancellationToken cancellationToken = default)
    {
        EnsureManages(actor, providerId);
        foreach (var rule in rules)
        {
            if (!rule.EndsAtMidnight && rule.End <= rule.Start)
            {
                throw new InvalidBookingRequestException($"The {rule.Day} hours {rule.Start}–{rule.End} end before they start.");
            }
        }

        return runner.RunAsync(
            async operation =>
            {
                var profile = await LoadProfileForChangeAsync(operation, providerId);
                var existing = await operation.Db.WeeklyAvailabilityRules
                    .Where(rule => rule.ProviderId == providerId)
                    .ToListAsync(operation.CancellationToken);
                operation.Db.WeeklyAvailabilityRules.RemoveRange(existing);
                operation.Db.WeeklyAvailabilityRules.AddRange(rules.Select(rule => AvailabilityMapping.ToEntity(providerId, rule)));
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                EmitWholeWindow(operation, profile);
                return true;
            },
            cancellationToken);
    }

    /// <summary>Adds time off (<c>IsAvailable = false</c>) or extra hours; returns the stored exception's id.</summary>
    public Task<Guid> AddExceptionAsync(
        Actor actor, Guid providerId, Scheduling.AvailabilityException exception, CancellationToken cancellationToken = default)
    {
        if (exception.LocalEnd <= exception.LocalStart)
        {
            throw new InvalidBookingRequestException("An availability exception must end after it starts.");
        }

        return AddEntryAsync(actor, AvailabilityMapping.ToEntity(providerId, exception), ChangeOf, cancellationToken);
    }

    public Task RemoveExceptionAsync(Actor actor, Guid exceptionId, CancellationToken cancellationToken = default) =>
        RemoveEntryAsync<AvailabilityExceptionEntity>(actor, exceptionId, "availability exception", ChangeOf, cancellationToken);

    /// <summary>Offers a one-off period outside the weekly hours; returns the stored slot's id.</summary>
    public Task<Guid> AddManualSlotAsync(Actor actor, Guid providerId, Scheduling.ManualSlot slot, CancellationToken cancellationToken = default)
    {
        if (slot.End <= slot.Start)
        {
            throw new InvalidBookingRequestException("A manual slot must end after it starts.");
        }

        return AddEntryAsync(actor, AvailabilityMapping.ToEntity(providerId, slot), ChangeOf, cancellationToken);
    }

    public Task RemoveManualSlotAsync(Actor actor, Guid manualSlotId, CancellationToken cancellationToken = default) =>
        RemoveEntryAsync<ManualSlotEntity>(actor, manualSlotId, "manual slot", ChangeOf, cancellationToken);

    private Task<Guid> AddEntryAsync<TEntry>(
        Actor actor, TEntry entry, Func<TEntry, SlotAvailabilityChanged> change, CancellationToken cancellationToken)
        where TEntry : class, IProviderScheduleEntry
    {
        EnsureManages(actor, entry.ProviderId);
        return runner.RunAsync(
            async operation =>
            {
                await LoadProfileForChangeAsync(operation, entry.ProviderId);
                operation.Db.Set<TEntry>().Add(entry);
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                operation.Emit(change(entry));
                return entry.Id;
            },
            cancellationToken);
    }

    private Task RemoveEntryAsync<TEntry>(
        Actor actor, Guid entryId, string what, Func<TEntry, SlotAvailabilityChanged> change, CancellationToken cancellationToken)
        where TEntry : class, IProviderScheduleEntry =>
        runner.RunAsync(
            async operation =>
            {
                var entry = await operation.Db.Set<TEntry>().SingleOrDefaultAsync(candidate => candidate.Id == entryId, operation.CancellationToken);
                if (entry is null || !actor.ManagesProvider(entry.ProviderId))
                {
                    throw new NotFoundException($"No such {what}.");
                }

                await LoadProfileForChangeAsync(operation, entry.ProviderId);
                operation.Db.Set<TEntry>().Remove(entry);
                await operation.Db.SaveChangesAsync(operation.CancellationToken);
                operation.Emit(change(entry));
                return true;
            },
            cancellationToken);

    private static void EnsureManages(Actor actor, Guid providerId)
    {
        if (!actor.ManagesProvider(providerId))
        {
            throw new NotAllowedException("Only the provider or an admin may change this schedule.");
        }
    }

    /// <summary>
    /// Loads the profile and marks it changed, so that saving advances its version: that is how every instance's
    /// <see cref="ProviderScheduleCache"/> learns the schedule changed, and how two concurrent edits conflict.
    /// </summary>
    private static async Task<ProviderProfile> LoadProfileForChangeAsync(BookingOperation operation, Guid providerId)
    {
        var profile = await operation.Db.ProviderProfiles.SingleOrDefaultAsync(candidate => candidate.Id == providerId, operation.CancellationToken)
            ?? throw new NotFoundException("No such provider.");
        operation.Db.Entry(profile).State = EntityState.Modified;
        return profile;
    }

    private static void EmitWholeWindow(BookingOperation operation, ProviderProfile profile) =>
        operation.Emit(new SlotAvailabilityChanged(profile.Id, operation.Now, operation.Now + TimeSpan.FromDays(profile.BookingWindowDays + 1)));

    /// <summary>The instants a local-time exception can cover, whatever the zone.</summary>
    private static SlotAvailabilityChanged ChangeOf(AvailabilityExceptionEntity exception) => new(
        exception.ProviderId,
        new DateTimeOffset(DateTime.SpecifyKind(exception.LocalStart, DateTimeKind.Unspecified), TimeSpan.Zero) - MaxOffsetEast,
        new DateTimeOffset(DateTime.SpecifyKind(exception.LocalEnd, DateTimeKind.Unspecified), TimeSpan.Zero) + MaxOffsetWest);

    private static SlotAvailabilityChanged ChangeOf(ManualSlotEntity slot) => new(slot.ProviderId, slot.Start, slot.End);
}
