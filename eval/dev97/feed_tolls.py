"""Conflict tolls as the feeds give them: killed, wounded, missing, and the fighters and troops
counted (30 items with figures, 3 without)."""

from _wrap import item

item(
    "Israeli strikes on Khan Younis and Rafah kill at least 27, medics say",
    """GAZA (Reuters) - Israeli air strikes on houses in Khan Younis and Rafah killed [[at least 27
    Palestinians|killed;a=medics]] overnight, [[nine of them|killed;n=-;a=medics]] children, medics
    said on Wednesday. The Israeli military said it had hit [[more than 40
    targets|other;u=other;a=The Israeli military]] across the enclave in the past {{24 hours}}.""",
)

item(
    "Russian missile hits Kryvyi Rih apartment block, 14 dead",
    """KYIV, Ukraine (AP) — A Russian ballistic missile slammed into a {{nine-storey}} apartment
    building in Kryvyi Rih late Friday, killing [[14 people|killed;a=regional governor Serhii
    Lysak]], among them [[three children|killed;a=regional governor Serhii Lysak]], regional
    governor Serhii Lysak said. [[At least 52|injured]] were wounded and rescuers were still
    digging through the rubble early Saturday ...""",
)

item(
    "Dozens of soldiers killed in Burkina Faso convoy ambush",
    """OUAGADOUGOU (AFP) - Suspected jihadists killed [[about 50 soldiers and
    auxiliaries|killed;n=soldiers and auxiliaries;a=security sources]] in an ambush on a supply
    convoy near Djibo in northern Burkina Faso, security sources told AFP on Sunday. The attack,
    claimed by the al-Qaeda-linked JNIM, was among the deadliest on the army since the {{2022}}
    coup.""",
)

item(
    "Nigeria: Gunmen kill worshippers in Zamfara mosque attack",
    """Gunmen have killed [[at least 11 worshippers|killed;a=police]] in an attack on a mosque in
    Zamfara state, north-western Nigeria, police say. [[Eighteen others|injured;a=residents]] were
    taken to hospital in Gusau and [[about 40 people|kidnapped;a=residents]] were led away into the
    forest, residents told the BBC.""",
)

item(
    "RSF shelling of Abu Shouk camp kills 13",
    """Shelling by the paramilitary Rapid Support Forces on Abu Shouk camp outside El Fasher killed
    [[at least 13 displaced people|killed;a=the camp's emergency response room]], the camp's
    emergency response room said on Tuesday, as the siege of the North Darfur capital entered its
    {{16th month}}. [[Another 22|injured;a=the camp's emergency response room]] were wounded, it
    said.""",
)

item(
    "Russian attacks kill 6, injure 28 over past day",
    """Russian attacks killed [[six civilians|killed;a=regional authorities]] and injured [[28
    others|injured;a=regional authorities]] across Ukraine over the past day, regional authorities
    reported on {{Aug. 14}}. In Kharkiv Oblast, a guided aerial bomb struck a village near
    Kupiansk, killing a {{67-year-old}} woman.""",
)

item(
    "Four soldiers martyred, three terrorists killed in North Waziristan",
    """PESHAWAR: [[Four soldiers|killed;a=the military's media wing]] were martyred and [[three
    terrorists|killed;a=the military's media wing]] were killed in an intense exchange of fire in
    North Waziristan's Mir Ali area, the military's media wing said on Saturday. A sanitisation
    operation was under way to eliminate any other terrorists found in the area, the ISPR
    added.""",
)

item(
    "Three killed in Jiribam firing, CRPF reinforcements rushed",
    """IMPHAL: [[Three persons|killed;a=police]] were killed and [[five others|injured;a=police]]
    injured when armed miscreants opened fire on villagers in Manipur's Jiribam district on Monday
    evening, police said. [[About 400 additional personnel|combatants;a=officials]] of the Central
    Reserve Police Force were being rushed to the area, officials said.""",
)

item(
    "Seven police officers killed in Boni forest IED blast",
    """[[Seven police officers|killed;a=County Commissioner Louis Rono]] were killed when their
    vehicle struck an improvised explosive device in Lamu's Boni forest on Tuesday morning, County
    Commissioner Louis Rono said. [[Two other officers|injured]] were airlifted to Nairobi with
    serious ...""",
)

item(
    "Junta airstrikes kill 32 villagers in Kanbalu Township",
    """Junta airstrikes on a village in Sagaing Region's Kanbalu Township killed [[at least 32
    civilians|killed;a=local resistance groups]], [[11 of them|killed;n=-;a=local resistance
    groups]] children, local resistance groups said. The regime has carried out [[more than 1,200
    airstrikes|other;u=other;a=a monitoring group]] since the {{2021}} coup, according to a
    monitoring group.""",
)

item(
    "12 NPA rebels killed in Negros clash",
    """[[Twelve New People's Army rebels|killed;a=the military]] were killed in a firefight with
    soldiers in the hinterlands of Negros Occidental, the military said Thursday, one of the
    deadliest encounters in the province in years. [[Two soldiers|injured]] were wounded and troops
    recovered [[15 high-powered firearms|other]] from the site.""",
)

item(
    "Two Israelis killed in shooting attack near Eli",
    """[[Two Israelis|killed;a=Magen David Adom]] were killed and [[four|injured;a=Magen David
    Adom]] were wounded in a shooting attack at a gas station near the settlement of Eli on
    Tuesday, Magen David Adom said. The gunman was shot dead at the scene by an armed civilian, the
    army said.""",
)

item(
    "Car bomb at Mogadishu checkpoint kills eight",
    """MOGADISHU (Reuters) - A suicide car bomb exploded at a checkpoint near Mogadishu's airport
    on Sunday, killing [[at least eight people|killed;a=police]] and wounding
    [[15|injured;a=police]], police said. Al Shabaab claimed the attack, saying it had killed
    [[dozens of soldiers|killed;a=Al Shabaab]].""",
)

item(
    "Monitor says more than 1,000 civilians killed in coastal violence",
    """Security forces and allied fighters killed [[more than 1,000 civilians|killed;a=the Syrian
    Observatory for Human Rights]], most of them Alawites, in {{three days}} of violence on Syria's
    coast, the Syrian Observatory for Human Rights said on Sunday. The Britain-based monitor said
    [[at least 230 security personnel and fighters|killed;n=security personnel and fighters;a=The
    Britain-based monitor;alt=the Syrian Observatory for Human Rights]] were also killed.""",
)

item(
    "Haiti: gang rampage in Artibonite leaves 54 dead",
    """PORT-AU-PRINCE (AP) — Gang members rampaged through a farming town in Haiti's Artibonite
    valley, killing [[at least 54 people|killed;a=the UN human rights office]], among them [[10
    women|killed;a=the UN human rights office]] and [[three infants|killed;a=the UN human rights
    office]], the UN human rights office said. [[More than 6,000 residents|displaced;a=the
    International Organization for Migration]] fled, according to the International Organization
    for Migration.""",
)

item(
    "Drone attack on Cauca army base kills four soldiers",
    """BOGOTA (Reuters) - [[Four soldiers|killed;a=the army]] were killed and [[six|injured;a=the
    army]] wounded when dissidents of the former FARC rebel group attacked a base with
    explosive-laden drones in Colombia's Cauca province, the army said on Monday. The army has sent
    [[1,200 troops|combatants]] to the region since January.""",
)

item(
    "Militants storm Bamako training school",
    """BAMAKO (Reuters) - Militants attacked a gendarmerie training school and a military airbase
    in Bamako at dawn on Tuesday, killing [[more than 70 people|killed;a=security sources]],
    security sources said, in the boldest attack on the Malian capital in years ...""",
)

item(
    "Gunmen offload bus passengers, kill 21 in Musakhel",
    """QUETTA: Gunmen offloaded passengers from buses and trucks on a highway in Balochistan's
    Musakhel district and shot dead [[21 people|killed;a=Assistant Commissioner Najibullah Kakar]]
    after checking their identity cards, Assistant Commissioner Najibullah Kakar said. The
    attackers also set [[12 vehicles|other]] on fire before fleeing into the mountains.""",
)

item(
    "Two soldiers, two militants killed in Kupwara gunfight",
    """SRINAGAR: [[Two soldiers|killed;a=officials]] and [[two militants|killed;a=officials]] were
    killed in a gunfight in Kupwara district of north Kashmir, officials said on Thursday. The
    encounter broke out after security forces launched a cordon-and-search operation in a forested
    area near the Line of Control.""",
)

item(
    "US strikes on Hodeidah port kill 58, Houthis say",
    """US strikes on the fuel terminal at Yemen's Hodeidah port killed [[58 people|killed;a=the
    Houthi-run health ministry]] and wounded [[126|injured;a=the Houthi-run health ministry]], the
    Houthi-run health ministry said on Friday, in the deadliest single attack since Washington
    began its campaign in {{March}} ...""",
)

item(
    "Israeli strikes kill 31 in Lebanon as toll passes 2,800",
    """Israeli strikes on southern Lebanon and the Bekaa valley killed [[31
    people|killed;a=Lebanon's health ministry]] on Monday, Lebanon's health ministry said, bringing
    the toll since {{October 2023}} to [[more than 2,800|killed;a=Lebanon's health ministry]]. The
    ministry said [[at least 12,900|injured;a=The ministry;alt=Lebanon's health ministry]] had been
    wounded.""",
)

item(
    "Drone strike on Amhara market kills 26, health workers say",
    """A drone strike on a busy market in Ethiopia's Amhara region killed [[at least 26
    civilians|killed;a=health workers]] and wounded [[55|injured;a=health workers]], health workers
    told Reuters on Thursday, as fighting between federal forces and Fano militiamen spread to
    towns north of Bahir Dar.""",
)

item(
    "CODECO militiamen kill 51 at Ituri displacement site",
    """BUNIA, DR Congo (AFP) - CODECO militiamen killed [[at least 51 people|killed;a=local
    officials]] in an overnight attack on a camp for displaced people in Ituri province, local
    officials said on Friday. [[Dozens of shelters|housing]] were set on fire.""",
)

item(
    "Insurgents raid two villages in Cabo Delgado",
    """Islamic State-linked insurgents killed [[at least 11 people|killed;a=a local administrator]]
    in raids on [[two villages|other;a=a local administrator]] in Cabo Delgado's Muidumbe district,
    a local administrator said, the latest in a string of attacks in northern Mozambique since the
    rainy season ended.""",
)

item(
    "Russia masses troops near Kursk, Ukraine's commander says",
    """Russia has massed [[up to 50,000 troops|combatants;a=Ukraine's top commander]] to try to
    push Ukrainian forces out of the Kursk region, Ukraine's top commander said on Monday. Western
    officials estimate [[about 11,000 North Korean soldiers|combatants;a=Western officials]] have
    been sent to Russia, and [[several hundred|killed;a=Kyiv]] have been killed, according to
    Kyiv.""",
)

item(
    "Kenya to send 600 more police officers to Haiti",
    """NAIROBI (Reuters) - Kenya will send [[another 600 police officers|combatants;p;a=President
    William Ruto]] to Haiti in January, President William Ruto said on Saturday, bringing its
    contingent in the UN-backed security mission to [[about 1,000|combatants;p;a=President William
    Ruto]].""",
)

item(
    "Dozens feared trapped under rubble after strike on Gaza City building",
    """Civil defence crews in Gaza City were searching for [[at least 36 people|missing;a=civil
    defence officials]] believed buried under the rubble of a {{six-storey}} building hit by an
    Israeli strike on Saturday, civil defence officials said. [[Fourteen bodies|killed]] had been
    pulled out by nightfall.""",
)

item(
    "Ukraine lists 35,000 people as missing, ombudsman says",
    """Ukraine's ombudsman said on Tuesday that [[about 35,000 Ukrainians|missing;a=Ukraine's
    ombudsman]] were registered as missing in connection with the war, most of them soldiers, and
    that [[more than 8,000|arrested;a=Ukraine's ombudsman]] were confirmed to be held in Russian
    captivity.""",
)

item(
    "UN verifies record recruitment of child soldiers in Somalia",
    """The United Nations verified the recruitment and use of [[1,634 children|combatants;a=the
    Secretary-General's annual report]] by armed groups in Somalia last year, the highest number in
    any country, according to the Secretary-General's annual report on children and armed conflict
    ...""",
)

item(
    "Clashes in Tripoli leave dozens dead",
    """Tripoli (AFP) - Clashes between rival armed groups in the Libyan capital killed [[at least
    55 people|killed;a=the emergency medicine centre]] and wounded [[146|injured;a=the emergency
    medicine centre]], the emergency medicine centre said on Wednesday, as a fragile calm returned
    after {{two days}} of fighting.""",
)

item(
    "Hezbollah ceasefire takes effect",
    """A ceasefire between Israel and Hezbollah took effect at {{4 a.m.}} ({{0200 GMT}}) on
    Wednesday, {{14 months}} after cross-border fire began. Under the deal, based on UN Security
    Council {{Resolution 1701}}, Israeli forces are to withdraw from southern Lebanon over {{60
    days}}.""",
)

item(
    "Security Council renews South Sudan mission",
    """The UN Security Council voted {{12-0}} on Thursday to extend the mandate of the UN mission
    in South Sudan until {{April 30, 2026}}, with China, Russia and Algeria abstaining, a year
    after the country postponed its first elections to {{December 2026}}.""",
)

item(
    "Armenia and Azerbaijan initial peace text",
    """WASHINGTON (AP) — The leaders of Armenia and Azerbaijan initialed a {{17-article}} peace
    agreement at the White House on {{Aug. 8}}, {{35 years}} after the conflict over
    Nagorno-Karabakh began. The deal also reopens a transit route through Armenia's
    {{42-kilometer}} Syunik corridor ...""",
)
