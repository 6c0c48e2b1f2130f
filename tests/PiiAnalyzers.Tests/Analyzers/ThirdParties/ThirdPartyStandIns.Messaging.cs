namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// Stand-ins for the messaging libraries of the third-party catalog (SMS, email, push), with the real libraries' metadata
/// names and the shape of the members the catalog names; written for these tests, compiled into an assembly of their own
/// as a package would be (<see cref="ThirdPartyStandIns"/>).
/// </summary>
internal static partial class ThirdPartyStandIns
{
    public const string Messaging = """
        #nullable disable
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Twilio.Types
        {
            public class PhoneNumber
            {
                public PhoneNumber(string number) { }
                public static implicit operator PhoneNumber(string number) => new PhoneNumber(number);
            }
        }

        namespace Twilio.Rest.Api.V2010.Account
        {
            public class CreateMessageOptions
            {
                public CreateMessageOptions(Twilio.Types.PhoneNumber to) { }
                public Twilio.Types.PhoneNumber From { get; set; }
                public string Body { get; set; }
            }

            public class MessageResource
            {
                public static MessageResource Create(CreateMessageOptions options, object client = null) => new MessageResource();
                public static Task<MessageResource> CreateAsync(Twilio.Types.PhoneNumber to, Twilio.Types.PhoneNumber from = null, string body = null) => null;
            }
        }

        namespace SendGrid
        {
            public class Response { }
            public interface ISendGridClient
            {
                Task<Response> SendEmailAsync(Helpers.Mail.SendGridMessage msg, CancellationToken cancellationToken = default);
            }
            public class BaseClient : ISendGridClient
            {
                public Task<Response> SendEmailAsync(Helpers.Mail.SendGridMessage msg, CancellationToken cancellationToken = default) => null;
            }
            public class SendGridClient : BaseClient
            {
                public SendGridClient(string apiKey) { }
            }
        }

        namespace SendGrid.Helpers.Mail
        {
            public class EmailAddress
            {
                public EmailAddress(string email, string name = null) { }
            }
            public class SendGridMessage
            {
                public string Subject { get; set; }
                public string HtmlContent { get; set; }
                public void AddTo(EmailAddress email) { }
            }
            public class MailHelper
            {
                public static SendGridMessage CreateSingleEmail(EmailAddress from, EmailAddress to, string subject, string plainTextContent, string htmlContent) => null;
            }
        }

        namespace Amazon.SimpleNotificationService
        {
            public interface IAmazonSimpleNotificationService
            {
                Task<Model.PublishResponse> PublishAsync(Model.PublishRequest request, CancellationToken cancellationToken = default);
            }
            public class AmazonSimpleNotificationServiceClient : IAmazonSimpleNotificationService
            {
                public Task<Model.PublishResponse> PublishAsync(Model.PublishRequest request, CancellationToken cancellationToken = default) => null;
            }
        }

        namespace Amazon.SimpleNotificationService.Model
        {
            public class PublishRequest
            {
                public string PhoneNumber { get; set; }
                public string Message { get; set; }
            }
            public class PublishResponse { }
        }

        namespace Amazon.SimpleEmail
        {
            public interface IAmazonSimpleEmailService
            {
                Task<Model.SendEmailResponse> SendEmailAsync(Model.SendEmailRequest request, CancellationToken cancellationToken = default);
            }
        }

        namespace Amazon.SimpleEmail.Model
        {
            public class Destination
            {
                public List<string> ToAddresses { get; set; }
            }
            public class SendEmailRequest
            {
                public string Source { get; set; }
                public Destination Destination { get; set; }
            }
            public class SendEmailResponse { }
        }

        namespace Azure
        {
            public enum WaitUntil { Completed, Started }
        }

        namespace Azure.Communication.Sms
        {
            public class SmsClient
            {
                public virtual object Send(string from, string to, string message, CancellationToken cancellationToken = default) => null;
            }
        }

        namespace Azure.Communication.Email
        {
            public class EmailClient
            {
                public virtual Task<object> SendAsync(Azure.WaitUntil wait, string senderAddress, string recipientAddress, string subject, string htmlContent, string plainTextContent = null, CancellationToken cancellationToken = default) => null;
            }
        }

        namespace FirebaseAdmin.Messaging
        {
            public class Notification
            {
                public string Title { get; set; }
                public string Body { get; set; }
            }
            public class Message
            {
                public string Token { get; set; }
                public IReadOnlyDictionary<string, string> Data { get; set; }
                public Notification Notification { get; set; }
            }
            public class FirebaseMessaging
            {
                public static FirebaseMessaging DefaultInstance => null;
                public Task<string> SendAsync(Message message) => null;
            }
        }

        namespace AlibabaCloud.SDK.Dysmsapi20170525.Models
        {
            public class SendSmsRequest
            {
                public string PhoneNumbers { get; set; }
                public string TemplateParam { get; set; }
            }
            public class SendSmsResponse { }
        }

        namespace AlibabaCloud.SDK.Dysmsapi20170525
        {
            public class Client
            {
                public Models.SendSmsResponse SendSms(Models.SendSmsRequest request) => null;
            }
        }

        namespace TencentCloud.Sms.V20210111.Models
        {
            public class SendSmsRequest
            {
                public string[] PhoneNumberSet { get; set; }
                public string[] TemplateParamSet { get; set; }
            }
            public class SendSmsResponse { }
        }

        namespace TencentCloud.Sms.V20210111
        {
            public class SmsClient
            {
                public Task<Models.SendSmsResponse> SendSms(Models.SendSmsRequest req) => null;
            }
        }
        """;
}
