using Booking.Data.Setup;
using Npgsql;

namespace Booking.Domain.Tests.Data;

public sealed class DatabaseUrlTests
{
    [Theory]
    [InlineData("postgresql://booking:secret@db.internal:6543/bookings")]
    [InlineData("postgres://booking:secret@db.internal:6543/bookings")]
    public void Both_schemes_give_host_port_user_password_and_database(string url)
    {
        var builder = new NpgsqlConnectionStringBuilder(DatabaseUrl.ToConnectionString(url));

        Assert.Equal("db.internal", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("booking", builder.Username);
        Assert.Equal("secret", builder.Password);
        Assert.Equal("bookings", builder.Database);
    }

    [Fact]
    public void Escaped_characters_are_decoded_and_the_port_defaults_to_5432()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            DatabaseUrl.ToConnectionString("postgresql://app%40prod:p%40ss%3Aw%2Frd@localhost/booking%20db"));

        Assert.Equal("app@prod", builder.Username);
        Assert.Equal("p@ss:w/rd", builder.Password);
        Assert.Equal("booking db", builder.Database);
        Assert.Equal(5432, builder.Port);
    }

    [Fact]
    public void Query_options_become_connection_settings()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            DatabaseUrl.ToConnectionString("postgresql://u:p@h/db?sslmode=verify-full&application_name=booking%20api&connect_timeout=7"));

        Assert.Equal(SslMode.VerifyFull, builder.SslMode);
        Assert.Equal("booking api", builder.ApplicationName);
        Assert.Equal(7, builder.Timeout);
    }

    [Theory]
    [InlineData("mysql://u:p@h/db")]
    [InlineData("not a url")]
    [InlineData("postgresql://u:p@h/db?sslmode=sometimes")]
    [InlineData("postgresql://u:p@h/db?no_such_option=1")]
    public void Unusable_urls_are_refused_with_a_format_error(string url)
    {
        Assert.Throws<FormatException>(() => DatabaseUrl.ToConnectionString(url));
    }
}
