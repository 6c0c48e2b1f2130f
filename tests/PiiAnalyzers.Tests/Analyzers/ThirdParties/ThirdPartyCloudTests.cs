using static PiiAnalyzers.Tests.Analyzers.ThirdPartyVerifier;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>PII0005 on the catalog's object storage and payment libraries (stand-ins with the real metadata names).</summary>
public class ThirdPartyCloudTests
{
    private const string Phone = "Customer.Phone (contact.phone)";
    private const string Name = "Customer.Name (profile.name)";
    private const string WholeCustomer = "Customer.Name (profile.name), Customer.Phone (contact.phone), Customer.Email (contact.email), …";

    [Fact]
    public async Task ObjectStorage_UploadsOfPersonalData_AreSentToTheStorageCompany()
    {
        await VerifyAsync("""
            using System.IO;
            using System.Text;
            using System.Text.Json;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Azure.Storage.Blobs;
            using Aliyun.OSS;
            using COSXML;

            public class Backup
            {
                public async System.Threading.Tasks.Task Run(IAmazonS3 s3, BlobClient blob, OssClient oss, CosXml cos, Customer customer)
                {
                    var request = new PutObjectRequest { BucketName = "backups", Key = "customer.json" };
                    request.ContentBody = JsonSerializer.Serialize(customer);
                    await s3.PutObjectAsync({|#0:request|});

                    blob.Upload({|#1:new MemoryStream(Encoding.UTF8.GetBytes(customer.Phone))|});
                    oss.PutObject("backups", "name.txt", {|#2:new MemoryStream(Encoding.UTF8.GetBytes(customer.Name))|});
                    cos.PutObject({|#3:new COSXML.Model.Object.PutObjectRequest("backups-1250000000", "phone.txt", Encoding.UTF8.GetBytes(customer.Phone))|});
                }
            }
            """,
            Sent(0, WholeCustomer, "Amazon S3 (Amazon Web Services, Inc., US)"),
            Sent(1, Phone, "Azure Blob Storage (Microsoft Corporation, US)"),
            Sent(2, Name, "Alibaba Cloud OSS (Alibaba Cloud Computing Co., Ltd., CN)"),
            Sent(3, Phone, "Tencent Cloud COS (Tencent Cloud Computing (Beijing) Co., Ltd., CN)"));
    }

    [Fact]
    public async Task Stripe_OptionsObjects_AreSent_AndTheDeclaredRecipientIsNotReported()
    {
        await VerifyAsync("""
            using Stripe;

            public class Billing
            {
                public void Run(CustomerService customers, Customer customer, string stripeId)
                {
                    customers.Create({|#0:new CustomerCreateOptions { Name = customer.Name, Phone = customer.Phone, Description = "VIP" }|});

                    var update = new CustomerCreateOptions();
                    update.Phone = customer.Phone;
                    customers.Update(stripeId, {|#1:update|});

                    // Declared: [SharedWith("stripe")] names the recipient id.
                    customers.Create(new CustomerCreateOptions { Description = customer.CardNumber });
                }
            }
            """,
            Sent(0, Name + ", " + Phone, "Stripe (Stripe, Inc., US)"),
            Sent(1, Phone, "Stripe (Stripe, Inc., US)"));
    }

    [Fact]
    public async Task AlipayAndWeChatPay_RequestsCarryingPersonalData_AreSent()
    {
        await VerifyAsync("""
            using Aop.Api;
            using Aop.Api.Domain;
            using Aop.Api.Request;
            using Senparc.Weixin.TenPayV3.Apis;
            using Senparc.Weixin.TenPayV3.Apis.BasePay;

            public class Checkout
            {
                public async System.Threading.Tasks.Task Run(IAopClient alipay, BasePayApis wechat, Customer customer, string openId)
                {
                    var request = new AlipayTradeCreateRequest();
                    request.SetBizModel(new AlipayTradeCreateModel { Subject = "Order 42", BuyerLogonId = customer.Phone });
                    alipay.Execute({|#0:request|});

                    var second = new AlipayTradeCreateRequest();
                    second.BizContent = $"{{\"subject\":\"Order for {customer.Name}\"}}";
                    alipay.Execute({|#1:second|});

                    await wechat.JsApiAsync({|#2:new TransactionsRequestData($"Order for {customer.Name}", new TransactionsRequestData.Payer(openId))|});
                }
            }
            """,
            Sent(0, Phone, "Alipay (Alipay.com Co., Ltd., CN)"),
            Sent(1, Name, "Alipay (Alipay.com Co., Ltd., CN)"),
            Sent(2, Name, "WeChat Pay (Tenpay Payment Technology Co., Ltd., CN)"));
    }
}
