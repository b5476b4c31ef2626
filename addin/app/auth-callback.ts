// auth-callback.html: the identity provider redirects here with ?code=…&state=…; the page hands the
// URL back – through Office's dialog API when Excel opened it, through postMessage to a browser popup's opener.
const url = location.href;
const toOpener = () => window.opener?.postMessage(url, location.origin);
if (typeof Office === "undefined") toOpener();
else void Office.onReady((info) => (info.host ? Office.context.ui.messageParent(url) : toOpener()));
