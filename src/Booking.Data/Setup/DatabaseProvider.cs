namespace Booking.Data.Setup;

public enum DatabaseProvider
{
    Postgres,
    Sqlite,
}
