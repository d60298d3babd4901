using Booking.Data.Entities;
using Booking.Data.Setup;
using Booking.Domain.Accounts;
using Booking.Domain.Availability;
using Booking.Domain.Events;
using Booking.Domain.Lifecycle;
using Booking.Domain.Persistence;
using Booking.Domain.Queries;
using Booking.Domain.Reservations;
using Booking.Domain.Scheduling;
using Booking.Domain.Scheduling.Slots;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Booking.Domain;

public static class BookingDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (<see cref="BookingDataServiceCollectionExtensions.AddBookingData(IServiceCollection, IConfiguration)"/>)
    /// and the booking services, with <see cref="BookingOptions"/> bound from the <c>Booking</c> section.
    /// </summary>
    public static IServiceCollection AddBookingDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBookingData(configuration);
        services.Configure<BookingOptions>(configuration.GetSection(BookingOptions.SectionName));
        return services.AddBookingServices();
    }

    /// <summary>
    /// Registers the booking services over an already registered database. <see cref="TimeProvider"/>,
    /// <see cref="IDomainEventPublisher"/> and the <see cref="Scheduling.ISlotGenerator"/> are added only if absent,
    /// so the server and tests can supply their own.
    /// </summary>
    public static IServiceCollection AddBookingServices(this IServiceCollection services)
    {
        services.AddOptions<BookingOptions>();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDomainEventPublisher, NullDomainEventPublisher>();
        services.TryAddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.TryAddSingleton<ISlotGenerator, SlotGenerator>();
        services.TryAddSingleton<ProviderScheduleCache>();
        services.TryAddSingleton<ProviderProfileCache>();
        services.TryAddSingleton<BookingOperationRunner>();
        services.TryAddSingleton<ReservationService>();
        services.TryAddSingleton<AppointmentLifecycleService>();
        services.TryAddSingleton<HoldExpiryService>();
        services.TryAddSingleton<SlotService>();
        services.TryAddSingleton<ScheduleService>();
        services.TryAddSingleton<BookingQueries>();
        services.TryAddSingleton<UserAccountService>();
        return services;
    }
}
