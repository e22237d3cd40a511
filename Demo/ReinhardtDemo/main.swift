import DemoSite
import ReinhardtManage

// The demo's manage.py: `swift run ReinhardtDemo` serves on 127.0.0.1:8000;
// `swift run ReinhardtDemo check` and `swift run ReinhardtDemo urls` inspect it.
let arguments = Array(CommandLine.arguments.dropFirst())
await Manage.main(settings: DemoSite.settings, arguments: arguments.isEmpty ? ["runserver"] : arguments)
