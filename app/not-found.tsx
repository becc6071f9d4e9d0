// 404 for paths outside any locale (e.g. /xx/...): shown in all three languages.
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="font-sans text-slate-900">
        <main className="mx-auto max-w-2xl p-6">
          <h1 className="text-2xl font-bold">没有找到这个页面</h1>
          <p lang="zh-TW" className="mt-2">沒有找到這個頁面</p>
          <p lang="en" className="mt-2">Page not found</p>
          <ul className="mt-6 flex gap-4 underline">
            <li><a href="/zh-CN">返回首页</a></li>
            <li><a href="/zh-TW" lang="zh-TW">返回首頁</a></li>
            <li><a href="/en" lang="en">Home</a></li>
          </ul>
        </main>
      </body>
    </html>
  );
}
