#!/bin/sh
# /usr/bin/cxdesk: the program installed in /opt/cxdesk (one-folder build).
exec /opt/cxdesk/cxdesk "$@"
