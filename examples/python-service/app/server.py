"""The asyncio HTTP server around the handler: python -m app.server, then http://127.0.0.1:8080/products?q=lamp"""
import asyncio
import os
import urllib.parse

from app.catalog import handle


async def serve_client(reader, writer):
    request_line = (await reader.readline()).decode("latin-1")
    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
        pass
    parts = request_line.split()
    url = urllib.parse.urlsplit(parts[1] if len(parts) > 1 else "/")
    if parts[:1] == ["GET"] and url.path == "/products":
        query = urllib.parse.parse_qs(url.query).get("q", [""])[0]
        body, status = (await handle(query)).encode(), "200 OK"
    else:
        body, status = b"", "404 Not Found"
    writer.write(f"HTTP/1.1 {status}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {len(body)}\r\nconnection: close\r\n\r\n".encode() + body)
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(serve_client, "127.0.0.1", int(os.environ.get("PORT", "8080")))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
