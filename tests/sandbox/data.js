// Demo accounts and the payment providers' catalogue / entitlements.
// Times are computed relative to the server start (see makeData(nowMs)).

export const MPX_ACCOUNT = 'http://access.auth.theplatform.com/data/Account/2700000001';
export const MPX_USER_BASE = 'https://euid.theplatform.com/idm/data/User/tvpair/';
export const MPX_PRODUCT_BASE = 'http://data.product.theplatform.com/product/data/Product/';
export const CLEENG_PUBLISHER_ID = '123456789';

// Subject = username. `payment` says which providers the account is linked to.
export const ACCOUNTS = {
  alice: {
    password: 'alice', name: 'Alice Example', email: 'alice@example.test',
    products: ['premium', 'sports'],
    payment: { cleeng: '700000001', inplayer: 410001, mpx: 1 },
  },
  bob: {
    password: 'bob', name: 'Bob Example', email: 'bob@example.test',
    products: ['basic'],
    payment: { cleeng: '700000002', inplayer: 410002, mpx: 2 },
  },
  carol: {
    password: 'carol', name: 'Carol Example', email: 'carol@example.test',
    products: ['news'],
    payment: { mpx: 3 },
  },
  dave: {
    password: 'dave', name: 'Dave Example', email: 'dave@example.test',
    products: [],
    payment: {},
  },
};

// ---------------------------------------------------------------- Cleeng
function cleengOffers() {
  const o = (offerId, offerTitle, price, period, extra = {}) => ({
    offerId,
    offerTitle,
    offerDescription: `${offerTitle} (sandbox)`,
    customerPriceInclTax: price,
    customerCurrency: 'EUR',
    offerPrice: Math.round((price / 1.21) * 100) / 100,
    offerCurrency: 'EUR',
    period,
    freeDays: 0,
    freePeriods: 0,
    active: true,
    ...extra,
  });
  return [
    o('S100000001_NL', 'Premium Monthly', 9.99, 'month'),
    o('S100000002_NL', 'Premium Yearly', 99.99, 'year'),
    o('S100000003_NL', 'Sports Monthly', 14.99, 'month'),
    o('S100000004_NL', 'Sports Yearly', 149.99, 'year'),
    o('S100000005_NL', 'Basic Monthly', 4.99, 'month', { freeDays: 7 }),
    o('S100000006_NL', 'Family Monthly', 12.99, 'month', { freePeriods: 1 }),
    o('S100000007_NL', 'Kids Weekly', 2.99, 'week'),
    o('S100000008_NL', 'Cinema Monthly', 7.99, 'month'),
    o('S100000009_NL', 'Documentaries Monthly', 5.99, 'month'),
    o('S100000010_NL', 'News Yearly', 29.99, 'year', { active: false }),
    o('R200000001_NL', 'New Release Rental', 4.99, '48'),
    o('R200000002_NL', 'Classic Film Rental', 2.99, '48'),
    o('R200000003_NL', 'Concert Rental', 3.99, '24'),
    o('R200000004_NL', 'Festival Rental', 6.99, '72'),
    o('R200000005_NL', 'Kids Film Rental', 1.99, '48'),
    o('R200000006_NL', 'Documentary Rental', 2.49, '24'),
    o('P300000001_NL', 'Match Day Pass', 3.99, 'day'),
    o('P300000002_NL', 'Weekend Pass', 5.99, 'week'),
    o('P300000003_NL', 'Month Pass', 11.99, 'month'),
    o('P300000004_NL', 'Season Pass', 79.99, 'year'),
    o('P300000005_NL', 'Festival Week Pass', 9.99, 'week'),
    o('A400000001_NL', 'Live Event: Final', 19.99, null),
    o('A400000002_NL', 'Live Event: Gala', 14.99, null),
    o('A400000003_NL', 'Box Set Purchase', 24.99, null),
    o('A400000004_NL', 'Single Episode Purchase', 1.49, null),
  ];
}

export function makeData(nowMs) {
  const s = Math.floor(nowMs / 1000); // unix seconds
  const day = 86400;
  const offers = cleengOffers();
  const offerById = Object.fromEntries(offers.map((x) => [x.offerId, x]));

  const cItem = (offerId, status, startedAt, expiresAt, { inTrial = false, next = null } = {}) => ({
    offerId,
    offerTitle: offerById[offerId].offerTitle,
    status,
    startedAt,
    expiresAt,
    period: offerById[offerId].period,
    inTrial,
    nextPaymentPrice: next,
    nextPaymentCurrency: next === null ? null : 'EUR',
    // accessGranted for GET /entitlements/{offerId}
    _access: status === 'active' || status === 'cancelled' ? expiresAt > s : false,
  });

  const cleeng = {
    offers,
    customers: {
      700000001: {
        subscriptions: [
          cItem('S100000001_NL', 'active', s - 40 * day, s + 20 * day, { next: 9.99 }),
          cItem('S100000003_NL', 'cancelled', s - 50 * day, s + 10 * day),
        ],
        // /customers/{id}/offers lists the subscriptions first: at 3 rows a page the terminated
        // (refunded) pass and the active Month Pass are on the second page.
        offers: [
          cItem('R200000001_NL', 'expired', s - 5 * day, s - 3 * day),
          cItem('P300000001_NL', 'terminated', s - 2 * day, s + 28 * day),
          cItem('P300000003_NL', 'active', s - 15 * day, s + 15 * day),
        ],
      },
      700000002: {
        subscriptions: [
          cItem('S100000005_NL', 'active', s - 2 * day, s + 5 * day, { inTrial: true, next: 4.99 }),
        ],
        offers: [],
      },
    },
  };

  // ---------------------------------------------------------------- InPlayer
  const fee = (id, itemId, itemTitle, amount, description, name, period, quantity, trial = null) => ({
    id,
    merchant_id: 9000,
    merchant_uuid: 'sandbox-merchant',
    amount,
    currency: 'EUR',
    description,
    expires_at: null,
    starts_at: null,
    access_type: { id: name === 'ppv' ? 3 : 4, account_id: 9000, name, period, quantity },
    trial_period: trial,
    setup_fee: null,
    item: { id: itemId, title: itemTitle },
  });
  const inplayerFees = {
    1001: [
      fee(5101, 1001, 'Premium Package', 9.99, 'Monthly', 'subscription', 'month', 1),
      fee(5102, 1001, 'Premium Package', 99.99, 'Yearly', 'subscription', 'month', 12),
    ],
    1002: [
      fee(5201, 1002, 'Sports Package', 14.99, 'Monthly with 7-day trial', 'subscription', 'month', 1,
        { quantity: 7, period: 'day', description: '7 days free' }),
      fee(5202, 1002, 'Sports Package', 149.99, 'Yearly', 'subscription', 'month', 12),
    ],
    1003: [
      fee(5301, 1003, 'Pay-per-view: Final', 4.99, '48 hour access', 'ppv', 'hour', 48),
    ],
  };
  // `revoked` as InPlayer sends it: 0 or 1 (a refunded or withdrawn purchase keeps its dates).
  let accessRowId = 60000;
  const acc = (feeObj, startsAt, expiresAt, { isTrial = false, misspelled = false, revoked = 0 } = {}) => {
    const row = {
      id: ++accessRowId,
      customer_id: 0,
      merchant_id: 9000,
      item_id: feeObj.item.id,
      item_title: feeObj.item.title,
      starts_at: startsAt,
      expires_at: expiresAt,
      created_at: startsAt,
      is_trial: isTrial,
      revoked,
      purchased_access_fee_id: feeObj.id,
      purchased_access_fee_type: feeObj.access_type.name,
      purchased_access_fee_description: feeObj.description,
      purchased_amount: feeObj.amount,
    };
    row[misspelled ? 'perchased_currency' : 'purchased_currency'] = 'EUR';
    return row;
  };
  const sub = (itemId, itemTitle, actionType, nextRebill, price) => ({
    item_id: itemId,
    item_title: itemTitle,
    action_type: actionType,
    next_rebill_date: nextRebill,
    subscription_price: price,
    currency: 'EUR',
    created_at: s - 30 * day,
  });
  const inplayer = {
    fees: inplayerFees,
    customers: {
      // At 3 rows a page the live pay-per-view row (no subscription stands for it) is on the
      // second page, after a refunded (revoked, still inside its dates) Sports row, an ended
      // pay-per-view of the same item and the Premium row.
      410001: {
        access: [
          acc(inplayerFees[1002][0], s - 10 * day, s + 20 * day, { revoked: 1 }),
          acc(inplayerFees[1003][0], s - 12 * day, s - 10 * day),
          acc(inplayerFees[1001][0], s - 5 * day, s + 25 * day),
          acc(inplayerFees[1003][0], s - 1 * day, s + 1 * day, { misspelled: true }),
        ],
        subscriptions: [
          sub(1001, 'Premium Package', 'recurrent', s + 25 * day, 9.99),
          sub(1002, 'Sports Package', 'ended', null, 14.99),
        ],
      },
      410002: {
        access: [
          acc(inplayerFees[1002][0], s - 1 * day, s + 6 * day, { isTrial: true }),
        ],
        subscriptions: [
          sub(1002, 'Sports Package', 'free-trial', s + 6 * day, 14.99),
        ],
      },
    },
  };
  for (const [cid, c] of Object.entries(inplayer.customers)) {
    for (const r of c.access) r.customer_id = Number(cid);
  }

  // ---------------------------------------------------------------- MPX
  const ms = nowMs;
  const mday = day * 1000;
  const product = (n, title, usd, isRecurring, units, freq, scopes) => ({
    id: `${MPX_PRODUCT_BASE}${n}`,
    guid: `tvpair-${n}`,
    title,
    description: `${title} (sandbox)`,
    ownerId: MPX_ACCOUNT,
    added: ms - 365 * mday,
    updated: ms - 10 * mday,
    pricingPlan: {
      isRecurring,
      pricingTiers: [{
        amounts: { USD: usd },
        subscriptionUnits: units,
        billingFrequency: freq,
        isActive: true,
        absoluteStart: ms - 365 * mday,
        absoluteEnd: ms + 365 * mday,
      }],
    },
    scopes,
  });
  const mpxProducts = [
    product(9001, 'Premium', 14.99, true, 'Month', 1, ['premium']),
    product(9002, 'Basic', 6.99, true, 'Month', 1, ['basic']),
    product(9003, 'Sports', 19.99, true, 'Month', 1, ['sports']),
    product(9004, 'News', 3.99, true, 'Month', 1, ['news']),
    product(9005, 'Kids', 4.99, true, 'Month', 1, ['kids']),
    product(9006, 'Premium Annual', 149.99, true, 'Year', 1, ['premium']),
    product(9007, 'Sports Annual', 199.99, true, 'Year', 1, ['sports']),
    product(9008, 'Cinema', 9.99, true, 'Month', 1, ['cinema']),
    product(9009, 'Documentaries', 5.99, true, 'Month', 1, ['docs']),
    product(9010, 'Movie Rental', 3.99, false, 'Day', 2, ['rental']),
    product(9011, 'Event Pass', 24.99, false, 'Day', 1, ['event']),
    product(9012, 'Weekly Pass', 7.99, false, 'Week', 1, ['pass']),
  ];
  let entId = 0;
  const ent = (user, productN, start, end, disabled = false) => ({
    id: `http://data.entitlement.theplatform.com/eds/data/Entitlement/${++entId}`,
    userId: `${MPX_USER_BASE}${user}`,
    productId: `${MPX_PRODUCT_BASE}${productN}`,
    startDate: start,
    endDate: end,
    disabled,
    added: start,
    updated: start,
  });
  const mpx = {
    products: mpxProducts,
    // At 3 entries a page alice's active 9001 is on the second page, after a disabled
    // (withdrawn, still inside its dates) 9003, an ended rental and a disabled weekly pass.
    entitlements: [
      ent(1, 9003, ms - 30 * mday, ms + 30 * mday, true),
      ent(1, 9010, ms - 9 * mday, ms - 7 * mday),
      ent(1, 9012, ms - 2 * mday, ms + 5 * mday, true),
      ent(1, 9001, ms - 30 * mday, ms + 30 * mday),
      ent(2, 9002, ms - 3 * mday, ms + 27 * mday),
      ent(3, 9004, ms - 10 * mday, ms + 20 * mday),
      ent(3, 9010, ms - 5 * mday, ms - 3 * mday),
    ],
  };

  return { cleeng, inplayer, mpx };
}
