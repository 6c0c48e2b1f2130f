namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>Stand-ins for the object storage and payment libraries of the third-party catalog.</summary>
internal static partial class ThirdPartyStandIns
{
    public const string Cloud = """
        #nullable disable
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Amazon.S3
        {
            public interface IAmazonS3
            {
                Task<Model.PutObjectResponse> PutObjectAsync(Model.PutObjectRequest request, CancellationToken cancellationToken = default);
            }
        }

        namespace Amazon.S3.Model
        {
            public class PutObjectRequest
            {
                public string BucketName { get; set; }
                public string Key { get; set; }
                public string ContentBody { get; set; }
            }
            public class PutObjectResponse { }
        }

        namespace Azure.Storage.Blobs
        {
            public class BlobClient : Specialized.BlobBaseClient
            {
                public virtual object Upload(Stream content, bool overwrite = false, CancellationToken cancellationToken = default) => null;
            }
        }

        namespace Azure.Storage.Blobs.Specialized
        {
            public class BlobBaseClient { }
        }

        namespace Aliyun.OSS
        {
            public class PutObjectResult { }
            public interface IOss
            {
                PutObjectResult PutObject(string bucketName, string key, Stream content);
            }
            public class OssClient : IOss
            {
                public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { }
                public PutObjectResult PutObject(string bucketName, string key, Stream content) => null;
            }
        }

        namespace COSXML.Model.Object
        {
            public class PutObjectRequest
            {
                public PutObjectRequest(string bucket, string key, byte[] data) { }
            }
            public class PutObjectResult { }
        }

        namespace COSXML
        {
            public interface CosXml
            {
                Model.Object.PutObjectResult PutObject(Model.Object.PutObjectRequest request);
            }
            public class CosXmlServer : CosXml
            {
                public Model.Object.PutObjectResult PutObject(Model.Object.PutObjectRequest request) => null;
            }
        }

        namespace Stripe
        {
            public class RequestOptions { }
            public class Customer { }
            public class CustomerCreateOptions
            {
                public string Email { get; set; }
                public string Name { get; set; }
                public string Phone { get; set; }
                public string Description { get; set; }
            }
            public class CustomerService
            {
                public virtual Customer Create(CustomerCreateOptions options, RequestOptions requestOptions = null) => null;
                public virtual Customer Update(string id, CustomerCreateOptions options, RequestOptions requestOptions = null) => null;
            }
        }

        namespace Aop.Api
        {
            public class AopResponse { }
            public class AopObject { }
            public interface IAopRequest<T> where T : AopResponse { }
            public interface IAopClient
            {
                T Execute<T>(IAopRequest<T> request) where T : AopResponse;
            }
            public class DefaultAopClient : IAopClient
            {
                public DefaultAopClient(string serverUrl, string appId, string privateKeyPem) { }
                public T Execute<T>(IAopRequest<T> request) where T : AopResponse => null;
            }
        }

        namespace Aop.Api.Request
        {
            public class AlipayTradeCreateResponse : AopResponse { }
            public class AlipayTradeCreateRequest : IAopRequest<AlipayTradeCreateResponse>
            {
                public string BizContent { get; set; }
                public void SetBizModel(AopObject model) { }
            }
        }

        namespace Aop.Api.Domain
        {
            public class AlipayTradeCreateModel : AopObject
            {
                public string Subject { get; set; }
                public string BuyerLogonId { get; set; }
            }
        }

        namespace Senparc.Weixin.TenPayV3.Apis.BasePay
        {
            public class TransactionsRequestData
            {
                public TransactionsRequestData(string description, Payer payer) { }

                public class Payer
                {
                    public Payer(string openid) { }
                }
            }
            public class JsApiReturnJson { }
        }

        namespace Senparc.Weixin.TenPayV3.Apis
        {
            public class BasePayApis
            {
                public Task<BasePay.JsApiReturnJson> JsApiAsync(BasePay.TransactionsRequestData data, int timeOut = 10000) => null;
            }
        }
        """;
}
