namespace Shop.Core.Security;

// A [LoggerMessage] method: the logging source generator writes its body in a build; the scan runs no generator.
public sealed partial class SignInService(ILogger<SignInService> logger)
{
    public Task SendCodeAsync(Customer customer)
    {
        LogCodeSent(logger, customer.Phone);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in code sent to {Phone}")]
    private static partial void LogCodeSent(ILogger logger, string phone);
}
