namespace Booking.Domain.Events;

/// <summary>Something that changed in the booking data, published after the change was committed.</summary>
public abstract record DomainEvent;
