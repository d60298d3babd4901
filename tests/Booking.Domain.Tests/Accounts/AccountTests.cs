using Booking.Data.Entities;
using Booking.Domain.Accounts;
using Booking.Domain.Errors;
using Booking.Domain.Tests.Support;

namespace Booking.Domain.Tests.Accounts;

public abstract class AccountTests(BookingHarness harness)
{
    private readonly string _email = $"Ada.{Guid.NewGuid():N}@Example.test";

    [Fact]
    public async Task A_registered_user_signs_in_with_their_password_and_the_address_in_any_case()
    {
        var user = await harness.Accounts.RegisterAsync(new NewUser($"  {_email} ", "Ada", "correct horse", UserRole.Provider));

        var signedIn = await harness.Accounts.VerifyPasswordAsync(_email.ToUpperInvariant(), "correct horse");
        var wrong = await harness.Accounts.VerifyPasswordAsync(_email, "wrong horse");

        Assert.Equal(_email, user.Email);
        Assert.Equal(_email.ToLowerInvariant(), user.NormalizedEmail);
        Assert.DoesNotContain("correct horse", user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(user.Id, signedIn?.Id);
        Assert.Equal(UserRole.Provider, signedIn?.Role);
        Assert.Null(wrong);
        Assert.Null(await harness.Accounts.VerifyPasswordAsync("nobody@example.test", "correct horse"));
    }

    [Fact]
    public async Task E_mail_addresses_are_unique_whatever_their_case()
    {
        await harness.Accounts.RegisterAsync(new NewUser(_email, "Ada", "correct horse"));

        var error = await Assert.ThrowsAsync<EmailTakenException>(() =>
            harness.Accounts.RegisterAsync(new NewUser(_email.ToUpperInvariant(), "Other Ada", "another password")));

        Assert.Equal(BookingErrorCodes.EmailTaken, error.Code);
    }

    [Theory]
    [InlineData("not-an-address", "Ada", "long enough")]
    [InlineData("ada@example.test", "", "long enough")]
    [InlineData("ada@example.test", "Ada", "short")]
    public async Task Bad_sign_ups_are_refused_with_a_clear_error(string email, string name, string password)
    {
        var error = await Assert.ThrowsAsync<InvalidBookingRequestException>(() =>
            harness.Accounts.RegisterAsync(new NewUser(email, name, password)));

        Assert.Equal(BookingErrorCodes.InvalidRequest, error.Code);
    }
}

public sealed class PostgresAccountTests(PostgresHarness harness) : AccountTests(harness), IClassFixture<PostgresHarness>;

public sealed class SqliteAccountTests(SqliteHarness harness) : AccountTests(harness), IClassFixture<SqliteHarness>;
