using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace ShopSample.Security;

// The SMS provider. The sample has none; a real shop names its SMS provider in the privacy policy and in [SharedWith].
public interface ISmsGateway
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}

public sealed partial class DevelopmentSmsGateway(ILogger<DevelopmentSmsGateway> logger) : ISmsGateway
{
    public Task SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        LogNotSent(logger, text.Length);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SMS of {Length} characters not sent: no SMS provider in development")]
    private static partial void LogNotSent(ILogger logger, int length);
}
