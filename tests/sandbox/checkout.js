// The providers' checkout and manage pages, as a viewer's phone sees them after scanning the
// TV's "Buy on your phone" QR code. A purchase settles at the emulator after a short delay
// (`--checkout-delay MS`, as real checkouts settle), then the provider's own calls
// (/entitlements/{offerId}, /items/{id}/access, the MPX entitlement list) show the access.
// The manage page cancels: the access stays until it ends, as with the real providers.
import { ACCOUNTS, MPX_USER_BASE } from './data.js';

const DAY = 86400;
const HTML_ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => HTML_ESC[c]);

// Seconds one purchase runs: day|week|month|year, hours as a string for rentals, else a year.
function periodSeconds(period) {
  if (/^\d+$/.test(String(period ?? ''))) return Number(period) * 3600;
  return { day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY }[period] || 365 * DAY;
}

// What the offer id names at each provider: {title, price, currency} or null.
function findOffer(provider, data, offerId) {
  if (provider === 'cleeng') {
    const o = data.cleeng.offers.find((x) => x.offerId === offerId && x.active);
    return o && { title: o.offerTitle, price: o.customerPriceInclTax, currency: o.customerCurrency, raw: o };
  }
  if (provider === 'inplayer') {
    for (const fees of Object.values(data.inplayer.fees)) {
      const f = fees.find((x) => String(x.id) === offerId);
      if (f) return { title: `${f.item.title} (${f.description})`, price: f.amount, currency: f.currency, raw: f };
    }
    return null;
  }
  const p = data.mpx.products.find((x) => x.id === offerId);
  return p && { title: p.title, price: p.pricingPlan.pricingTiers[0].amounts.USD, currency: 'USD', raw: p };
}

// The demo account whose provider customer id this is (Cleeng customerId, InPlayer account id).
function accountOf(provider, customerId) {
  if (!customerId) return undefined;
  return Object.keys(ACCOUNTS).find((a) => String(ACCOUNTS[a].payment[provider] ?? '') === String(customerId));
}

function grant(provider, data, account, offer) {
  const now = Math.floor(Date.now() / 1000);
  const link = ACCOUNTS[account].payment[provider];
  if (provider === 'cleeng') {
    const o = offer.raw;
    const cust = data.cleeng.customers[link] || (data.cleeng.customers[link] = { subscriptions: [], offers: [] });
    const list = o.offerId.startsWith('S') ? cust.subscriptions : cust.offers;
    const item = {
      offerId: o.offerId, offerTitle: o.offerTitle, status: 'active', startedAt: now,
      expiresAt: now + periodSeconds(o.period), period: o.period, inTrial: false,
      nextPaymentPrice: o.offerId.startsWith('S') ? o.customerPriceInclTax : null,
      nextPaymentCurrency: o.offerId.startsWith('S') ? 'EUR' : null, _access: true,
    };
    for (const l of [cust.subscriptions, cust.offers]) {
      const i = l.findIndex((x) => x.offerId === o.offerId);
      if (i >= 0) l.splice(i, 1);
    }
    list.push(item);
  } else if (provider === 'inplayer') {
    const f = offer.raw;
    const cust = data.inplayer.customers[link] || (data.inplayer.customers[link] = { access: [], subscriptions: [] });
    const seconds = f.access_type.name === 'ppv' ? 48 * 3600 : periodSeconds(f.access_type.period) * (f.access_type.quantity || 1);
    cust.access.push({
      id: 70000 + cust.access.length, customer_id: link, merchant_id: f.merchant_id, item_id: f.item.id,
      item_title: f.item.title, starts_at: now, expires_at: now + seconds, created_at: now, is_trial: false, revoked: 0,
      purchased_access_fee_id: f.id, purchased_access_fee_type: f.access_type.name,
      purchased_access_fee_description: f.description, purchased_amount: f.amount, purchased_currency: f.currency,
    });
  } else {
    const nowMs = Date.now();
    data.mpx.entitlements.push({
      id: `http://data.entitlement.theplatform.com/eds/data/Entitlement/checkout-${nowMs}`,
      userId: `${MPX_USER_BASE}${link}`, productId: offer.raw.id, startDate: nowMs,
      endDate: nowMs + 30 * DAY * 1000, disabled: false, added: nowMs, updated: nowMs,
    });
  }
}

function cancel(provider, data, account, offerId) {
  const link = ACCOUNTS[account].payment[provider];
  if (provider === 'cleeng') {
    const cust = data.cleeng.customers[link];
    const item = cust && [...cust.subscriptions, ...cust.offers].find((x) => x.offerId === offerId && x.status === 'active');
    if (!item) return false;
    item.status = 'cancelled';  // still valid until expiresAt
    item.nextPaymentPrice = null;
    item.nextPaymentCurrency = null;
    return true;
  }
  if (provider === 'inplayer') {
    const sub = data.inplayer.customers[link]?.subscriptions.find((x) => String(x.item_id) === offerId && x.action_type === 'recurrent');
    if (!sub) return false;
    sub.action_type = 'canceled';
    return true;
  }
  return false;  // MPX: the operator's own account pages cancel
}

// GET /checkout/<provider>?offer=&customer=&lang=   the offer and a Buy button
// POST /checkout/<provider>                         offer, account: buys (settles after the delay)
// GET /checkout/<provider>/manage?customer=         what the account holds, with Cancel buttons
// POST /checkout/<provider>/manage                  offer, account: cancels
// onSettled({provider, offer, account, wall_ms}): told the moment a purchase grants access.
export async function handleCheckout(ctx, { data, delayMs, page, readForm, onSettled }) {
  const m = /^\/checkout\/(cleeng|inplayer|mpx)(\/manage)?$/.exec(ctx.path);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  const answer = (status, title, body) => { ctx.status = status; ctx.body = page(title, body); };
  if (!m) return answer(404, 'Not found', '<p class="err">No such checkout.</p>');
  const provider = m[1];
  const accounts = Object.keys(ACCOUNTS).filter((a) => ACCOUNTS[a].payment[provider] !== undefined);
  const accountField = (preset) => (preset
    ? `<input type="hidden" name="account" value="${esc(preset)}">`
    : `<label>Account <select name="account">${accounts.map((a) => `<option>${esc(a)}</option>`).join('')}</select></label>`);

  if (ctx.method === 'GET' && !m[2]) {
    const offerId = String(ctx.query.offer ?? '');
    const offer = findOffer(provider, data, offerId);
    if (!offer) return answer(404, 'Unknown offer', `<p class="err">There is no offer "${esc(offerId)}" at ${provider}.</p>`);
    const preset = accountOf(provider, ctx.query.customer);
    return answer(200, `Buy ${offer.title}`, `<p id="offer">${esc(offer.title)}: ${esc(offer.price)} ${esc(offer.currency)}</p>
<form id="buy" method="post" action="/checkout/${provider}"><input type="hidden" name="offer" value="${esc(offerId)}">
${accountField(preset)}<button type="submit">Buy</button></form>`);
  }
  if (ctx.method === 'POST' && !m[2]) {
    const form = await readForm(ctx);
    const offer = findOffer(provider, data, String(form.offer ?? ''));
    if (!offer || !accounts.includes(form.account)) return answer(400, 'Not bought', '<p class="err">Unknown offer or account.</p>');
    const offerId = String(form.offer);
    setTimeout(() => {
      grant(provider, data, form.account, offer);
      onSettled?.({ provider, offer: offerId, account: form.account, wall_ms: Date.now() });
    }, delayMs);
    return answer(200, 'Thank you', `<p id="bought">${esc(offer.title)} is yours. Your TV shows it in a moment.</p>`);
  }
  if (ctx.method === 'GET') {
    const account = accountOf(provider, ctx.query.customer) || String(ctx.query.account ?? '');
    if (!accounts.includes(account)) {
      return answer(200, 'Manage', `<form id="who" method="get" action="/checkout/${provider}/manage">${accountField()}<button>Show</button></form>`);
    }
    const link = ACCOUNTS[account].payment[provider];
    let rows = [];
    if (provider === 'cleeng') {
      const c = data.cleeng.customers[link] || { subscriptions: [] };
      rows = c.subscriptions.filter((x) => x.status === 'active').map((x) => [x.offerId, x.offerTitle]);
    } else if (provider === 'inplayer') {
      const c = data.inplayer.customers[link] || { subscriptions: [] };
      rows = c.subscriptions.filter((x) => x.action_type === 'recurrent').map((x) => [String(x.item_id), x.item_title]);
    }
    const forms = rows.map(([id, title]) => `<form id="cancel-${esc(id)}" method="post" action="/checkout/${provider}/manage">
<input type="hidden" name="offer" value="${esc(id)}"><input type="hidden" name="account" value="${esc(account)}">
${esc(title)} <button type="submit">Cancel</button></form>`).join('\n');
    return answer(200, 'Manage', forms || '<p id="nothing">Nothing to cancel.</p>');
  }
  const form = await readForm(ctx);
  if (!accounts.includes(form.account) || !cancel(provider, data, form.account, String(form.offer ?? ''))) {
    return answer(400, 'Not cancelled', '<p class="err">Nothing of that kind to cancel.</p>');
  }
  return answer(200, 'Cancelled', '<p id="cancelled">Cancelled. It runs until the end of the period you paid for.</p>');
}

