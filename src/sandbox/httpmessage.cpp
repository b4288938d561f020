#include "httpmessage.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK"_ba;
    case 201: return "Created"_ba;
    case 204: return "No Content"_ba;
    case 400: return "Bad Request"_ba;
    case 401: return "Unauthorized"_ba;
    case 403: return "Forbidden"_ba;
    case 404: return "Not Found"_ba;
    case 405: return "Method Not Allowed"_ba;
    case 409: return "Conflict"_ba;
    case 411: return "Length Required"_ba;
    case 413: return "Payload Too Large"_ba;
    case 422: return "Unprocessable Entity"_ba;
    case 429: return "Too Many Requests"_ba;
    case 431: return "Request Header Fields Too Large"_ba;
    case 500: return "Internal Server Error"_ba;
    case 501: return "Not Implemented"_ba;
    case 503: return "Service Unavailable"_ba;
    case 505: return "HTTP Version Not Supported"_ba;
    default: return "Unknown"_ba;
    }
}

} // namespace Sandbox
