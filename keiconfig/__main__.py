from keiconfig.cli import main

raise SystemExit(main())
