import Foundation
import DemoSite
import ReinhardtManage

// The demo's manage.py: `swift run ReinhardtDemo` migrates its SQLite database (db.sqlite3 in the
// current directory, created on the first run) and serves on 127.0.0.1:8000;
// `swift run ReinhardtDemo check`, `urls`, `showmigrations`, `makemigrations` inspect it.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty || arguments.first == "runserver" {
    let status = await Manage.run(settings: DemoSite.settings, arguments: ["migrate"]) { print($0) }
    if status != 0 { exit(status) }
}
await Manage.main(settings: DemoSite.settings, arguments: arguments.isEmpty ? ["runserver"] : arguments)
