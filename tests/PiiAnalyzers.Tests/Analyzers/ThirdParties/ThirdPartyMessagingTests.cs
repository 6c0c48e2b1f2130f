using static PiiAnalyzers.Tests.Analyzers.ThirdPartyVerifier;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>PII0005 on the catalog's SMS, email and push libraries (stand-ins with the real metadata names).</summary>
public class ThirdPartyMessagingTests
{
    private const string Phone = "Customer.Phone (contact.phone)";
    private const string Name = "Customer.Name (profile.name)";
    private const string Email = "Customer.Email (contact.email)";
    private const string Twilio = "Twilio SMS (Twilio Inc., US)";

    [Fact]
    public async Task Twilio_ArgumentsAndOptionsObjects_AreSentToTwilio_UnlessTheRecipientIsDeclared()
    {
        await VerifyAsync("""
            using Twilio.Rest.Api.V2010.Account;

            public class Notifier
            {
                public async System.Threading.Tasks.Task Run(Customer customer)
                {
                    await MessageResource.CreateAsync({|#0:customer.Phone|}, "+15550100", {|#1:$"Hello {customer.Name}"|});
                    MessageResource.Create({|#2:new CreateMessageOptions(customer.Phone) { Body = "Your code is 1234" }|});

                    var options = new CreateMessageOptions("+15550100");
                    options.Body = "Ship to " + customer.Name;
                    MessageResource.Create({|#3:options|});

                    // Declared: [SharedWith("twilio inc.")] names Twilio's company.
                    MessageResource.Create(new CreateMessageOptions("+15550100") { Body = customer.Address });
                }
            }
            """,
            Sent(0, Phone, Twilio),
            Sent(1, Name, Twilio),
            Sent(2, Phone, Twilio),
            Sent(3, Name, Twilio));
    }

    [Fact]
    public async Task SendGrid_MessagesBuiltFromPersonalData_AreReportedWhereTheDataEntersTheMessage()
    {
        await VerifyAsync("""
            using SendGrid;
            using SendGrid.Helpers.Mail;

            public class Mailer
            {
                public async System.Threading.Tasks.Task Run(ISendGridClient client, Customer customer)
                {
                    // Declared: [SharedWith("SendGrid Email API")] names the service.
                    var message = MailHelper.CreateSingleEmail(new EmailAddress("shop@example.com"), new EmailAddress(customer.Email), "Receipt", "Thanks", "<p>Thanks</p>");
                    message.HtmlContent = $"<p>Dear {customer.Name}</p>";
                    message.AddTo({|#1:new EmailAddress("sms-gateway@example.com", customer.Phone)|});
                    await client.SendEmailAsync({|#0:message|});
                }
            }
            """,
            Sent(0, Name, "SendGrid Email API (Twilio Inc., US)"),
            Sent(1, Phone, "SendGrid Email API (Twilio Inc., US)"));
    }

    [Fact]
    public async Task AmazonSnsAndSes_RequestsFilledInAnInitializerOrAfterwards_AreSent()
    {
        await VerifyAsync("""
            using System.Collections.Generic;
            using Amazon.SimpleEmail;
            using Amazon.SimpleEmail.Model;
            using Amazon.SimpleNotificationService;
            using Amazon.SimpleNotificationService.Model;

            public class Notifier
            {
                public async System.Threading.Tasks.Task Run(IAmazonSimpleNotificationService sns, IAmazonSimpleEmailService ses, Customer customer)
                {
                    await sns.PublishAsync({|#0:new PublishRequest { PhoneNumber = customer.Phone, Message = "Your parcel is on its way" }|});

                    var request = new SendEmailRequest { Source = "shop@example.com" };
                    request.Destination = new Destination { ToAddresses = new List<string> { customer.Name } };
                    await ses.SendEmailAsync({|#1:request|});
                }
            }
            """,
            Sent(0, Phone, "Amazon Simple Notification Service (Amazon Web Services, Inc., US)"),
            Sent(1, Name, "Amazon Simple Email Service (Amazon Web Services, Inc., US)"));
    }

    [Fact]
    public async Task AzureCommunicationServices_SmsAndEmail_AreSent()
    {
        await VerifyAsync("""
            using Azure;
            using Azure.Communication.Email;
            using Azure.Communication.Sms;

            public class Notifier
            {
                public async System.Threading.Tasks.Task Run(SmsClient sms, EmailClient mail, Customer customer)
                {
                    sms.Send("+15550100", {|#0:customer.Phone|}, "Your code is 1234");
                    await mail.SendAsync(WaitUntil.Completed, "shop@example.com", {|#1:customer.Email|}, "Receipt", {|#2:$"<p>Dear {customer.Name}</p>"|});
                }
            }
            """,
            Sent(0, Phone, "Azure Communication Services SMS (Microsoft Corporation, US)"),
            Sent(1, Email, "Azure Communication Services Email (Microsoft Corporation, US)"),
            Sent(2, Name, "Azure Communication Services Email (Microsoft Corporation, US)"));
    }

    [Fact]
    public async Task FirebaseCloudMessaging_MessageContent_IsSent()
    {
        await VerifyAsync("""
            using System.Collections.Generic;
            using FirebaseAdmin.Messaging;

            public class Pusher
            {
                public async System.Threading.Tasks.Task Run(Customer customer, string registration)
                {
                    await FirebaseMessaging.DefaultInstance.SendAsync({|#0:new Message
                    {
                        Token = registration,
                        Notification = new Notification { Title = "Order shipped", Body = $"Hi {customer.Name}" },
                        Data = new Dictionary<string, string> { ["phone"] = customer.Phone },
                    }|});
                }
            }
            """,
            Sent(0, Name + ", " + Phone, "Firebase Cloud Messaging (Google LLC, US)"));
    }

    [Fact]
    public async Task AliyunAndTencentCloudSms_AreSentToChineseCompanies()
    {
        await VerifyAsync("""
            using AliyunSms = AlibabaCloud.SDK.Dysmsapi20170525;
            using TencentSms = TencentCloud.Sms.V20210111;

            public class Notifier
            {
                public async System.Threading.Tasks.Task Run(AliyunSms.Client aliyun, TencentSms.SmsClient tencent, Customer customer)
                {
                    aliyun.SendSms({|#0:new AliyunSms.Models.SendSmsRequest { PhoneNumbers = customer.Phone, TemplateParam = "{\"code\":\"1234\"}" }|});
                    await tencent.SendSms({|#1:new TencentSms.Models.SendSmsRequest { PhoneNumberSet = new[] { customer.Phone }, TemplateParamSet = new[] { customer.Name } }|});
                }
            }
            """,
            Sent(0, Phone, "Alibaba Cloud SMS (Alibaba Cloud Computing Co., Ltd., CN)"),
            Sent(1, Phone + ", " + Name, "Tencent Cloud SMS (Tencent Cloud Computing (Beijing) Co., Ltd., CN)"));
    }
}
