"""Ukraine and Russia (Minsk, the grain corridor, the energy, Easter and Victory Day truces,
prisoner and body exchanges, Zaporizhzhia), Nagorno-Karabakh and the Armenia-Azerbaijan accord:
truces and their terms in numbers (16 texts, 2 of them with numbers but no figure)."""

from _wrap import item

item(
    "Minsk deal: heavy guns to pull back, prisoners to be swapped",
    """Under the agreement signed in Minsk on {{12 February}}, both sides are to pull heavy
    weapons back to create a buffer zone at least {{50 km}} wide for artillery and {{140 km}} wide
    for multiple rocket launchers, starting no later than {{the second day}} after the ceasefire
    begins at midnight on {{15 February}}. The OSCE said it would double its monitoring mission
    to [[1,000 observers|other;p;a=The OSCE]]. The mission currently has
    [[about 500 monitors|other]] on the ground. Kyiv says the separatists are holding
    [[about 580 Ukrainian prisoners|arrested;a=Kyiv]], who are to be freed on an all-for-all
    basis within {{five days}}. The UN says [[more than 5,400 people|killed;a=The UN]] have been
    killed in eastern Ukraine since {{April}}. Fighting went on around Debaltseve, where
    [[6,000 to 8,000 Ukrainian troops|combatants]] are said to be nearly encircled. Ukraine's social
    policy ministry says
    [[more than 980,000 people|displaced;a=Ukraine's social policy ministry]] have registered as
    displaced.""",
)

item(
    "OSCE logs first breaches of 'comprehensive' ceasefire",
    """The OSCE Special Monitoring Mission recorded
    [[41 ceasefire violations|other;u=other;a=The OSCE Special Monitoring Mission]] in the Donetsk
    region and [[nine|other;u=other;a=The OSCE Special Monitoring Mission]] in Luhansk in the
    {{first week}} of the truce that began on {{27 July}}, compared with
    [[more than 5,000|other;u=other;a=The OSCE Special Monitoring Mission]] in the week before
    it. The mission has [[about 700 monitors|other]] in the east, but its patrols are still
    turned back at checkpoints. Ukraine's military said
    [[one soldier|killed;a=Ukraine's military]] had been killed by a sniper near Shumy, its first
    combat death in {{13 days}}. Separatist authorities in Donetsk said
    [[two of their fighters|killed;a=Separatist authorities in Donetsk]] had died when a mine
    went off. The UN human rights monitoring mission said
    [[three civilians|killed;a=The UN human rights monitoring mission]] had been killed and
    [[11|injured;a=The UN human rights monitoring mission]] injured in July, the lowest monthly
    toll since the conflict began in {{2014}}. Monitors reported
    [[between 20 and 40 explosions a day|other;u=other;a=Monitors]] in the last week of the
    month.""",
)

item(
    "Grain corridor: 1,000th ship leaves Ukraine's ports",
    """Since the first ship sailed under the Black Sea Grain Initiative on {{1 August}},
    [[more than 1,000 vessels|other;u=other;a=the Joint Coordination Centre in Istanbul]] have
    left Odesa, Chornomorsk and Pivdennyi carrying
    [[about 25 million tonnes|other;a=the Joint Coordination Centre in Istanbul]] of grain and
    other food, the Joint Coordination Centre in Istanbul said on Monday. The World Food Programme
    said it had shipped [[more than 390,000 tonnes|aid;a=The World Food Programme]] of wheat for
    its operations in Ethiopia, Yemen, Afghanistan and Somalia. The centre says
    [[more than 150 ships|other;a=The centre;alt=the Joint Coordination Centre in Istanbul]] are
    waiting for inspection off Istanbul, where checks now take {{three days}} on average. The UN
    said [[about 10 inspection teams|other;u=other;a=The UN]] were working each day. Some
    {{44%}} of the grain has gone to high-income countries, UN data show.""",
)

item(
    "Energy strikes continue despite 30-day pause, Kyiv says",
    """Ukraine's air force said Russia launched [[117 drones|other;a=Ukraine's air force]] and
    [[one Iskander-M ballistic missile|other;u=other;a=Ukraine's air force]] overnight, and that
    [[56 of the drones|other;a=Ukraine's air force]] were shot down. President Volodymyr
    Zelenskyy said
    [[six energy facilities|housing;a=President Volodymyr Zelenskyy]] had been hit since the
    moratorium on strikes against power infrastructure was agreed on {{18 March}}. In Sloviansk,
    a strike on a substation left [[about 5,000 households|civilians;a=Vadym Filashkin]] without
    power, Vadym Filashkin, governor of the Donetsk region, said. Russia's defence ministry said
    Ukraine had carried out [[nine attacks|other;u=other;a=Russia's defence ministry]] on Russian
    energy sites in the same period, including a strike on a gas metering station at Sudzha.
    Ukraine's energy ministry said
    [[more than 38,000 consumers|civilians;a=Ukraine's energy ministry]] were cut off in the
    Dnipropetrovsk region. The moratorium was meant to last {{30 days}}.""",
)

item(
    "Zelenskyy counts 2,935 breaches of Putin's Easter truce",
    """President Volodymyr Zelenskyy said Ukraine had recorded
    [[2,935 Russian violations|other;u=other;a=President Volodymyr Zelenskyy]] of the
    {{30-hour}} Easter truce, including
    [[96 assaults|other;u=other;a=President Volodymyr Zelenskyy]] on Ukrainian positions,
    [[1,882 shelling incidents|other;u=other;a=President Volodymyr Zelenskyy]] and
    [[812 drone strikes|other;u=other;a=President Volodymyr Zelenskyy]]. Russia's defence
    ministry said it had registered
    [[4,900 Ukrainian violations|other;u=other;a=Russia's defence ministry]] over the same period.
    Ukrainian officials in Kherson said
    [[one civilian|killed;a=Ukrainian officials in Kherson]] had been killed and
    [[three|injured;a=Ukrainian officials in Kherson]] wounded when shells hit a market. The
    truce ran from {{6 p.m.}} on Saturday, Moscow time, until midnight on Sunday. Zelenskyy
    proposed extending a halt on long-range drone and missile strikes for {{30 days}}.""",
)

item(
    "Biggest prisoner swap of the war completes 1,000-for-1,000 deal",
    """Russia and Ukraine exchanged [[303 prisoners|other]] each on Sunday, completing the
    largest swap of the war, in which [[1,000 people|other]] from each side were freed over
    {{three days}}. Ukraine's Coordination Headquarters for the Treatment of Prisoners of War
    said the
    [[390 people|other;a=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War]]
    freed on Friday included
    [[120 civilians|other;a=Ukraine's Coordination Headquarters for the Treatment of Prisoners of War]].
    Kyiv says [[more than 4,750 Ukrainians|other;a=Kyiv]] have been freed from Russian captivity
    in exchanges since {{2022}}, while [[about 8,000|arrested;a=Kyiv]] are still held in Russia.
    Dmytro Lubinets, Ukraine's human rights ombudsman, said
    [[more than 50,000 people|missing;a=Dmytro Lubinets]] were registered as missing. The
    exchange was agreed at talks in Istanbul on {{16 May}} that lasted less than
    {{two hours}}.""",
)

item(
    "Russian peacekeepers roll into Karabakh under truce",
    """Russia began deploying [[1,960 peacekeepers|combatants;a=Russia's defence ministry]] to
    Nagorno-Karabakh on Tuesday under the ceasefire signed by Armenia, Azerbaijan and Russia,
    along with
    [[90 armoured personnel carriers|other;u=other;a=Russia's defence ministry]] and
    [[380 other vehicles|other;a=Russia's defence ministry]], Russia's defence ministry said. The
    force will set up [[16 observation posts|other;u=other;p]] along the line of contact and in
    the Lachin corridor, a strip {{5 km}} wide linking Karabakh to Armenia. Armenia's health
    ministry said [[2,425 Armenian soldiers|killed;a=Armenia's health ministry]] had been killed
    in {{six weeks}} of fighting. Azerbaijan has not disclosed its military losses but says
    [[93 civilians|killed;a=Azerbaijan]] died. Karabakh's ombudsman said
    [[about 90,000 people|displaced;a=Karabakh's ombudsman]] had fled to Armenia, and Moscow said
    it expected [[about 48,000 refugees|returned;p;a=Moscow]] to return in the
    {{first wave}}.""",
)

item(
    "Karabakh fighters to disarm as Armenians leave en masse",
    """Under the ceasefire that ended Azerbaijan's {{24-hour}} offensive, the Karabakh Armenian
    defence army is to disband and surrender its weapons; Azerbaijani officials said
    [[about 10,000 fighters|combatants;p;a=Azerbaijani officials]] would have to disarm. Russian
    peacekeepers said they had collected [[six tanks|other;a=Russian peacekeepers]],
    [[more than 800 small arms|other;u=other;a=Russian peacekeepers]] and
    [[22,000 rounds|other;a=Russian peacekeepers]] of ammunition in {{four days}}. The Armenian
    government said [[100,417 people|displaced;a=The Armenian government]] had crossed into
    Armenia by Saturday, out of a population the enclave's leaders put at
    [[about 120,000|civilians;a=the enclave's leaders]]. Karabakh's separatist authorities said
    [[at least 200 people|killed;a=Karabakh's separatist authorities]] were killed in the
    offensive and [[more than 400|injured;a=Karabakh's separatist authorities]] wounded. A blast
    at a fuel depot near Stepanakert, where people queued for petrol before the journey, killed
    [[at least 170 people|killed]].""",
)

item(
    "Missing persons file tops agenda after Washington accord",
    """Azerbaijan's state commission on missing persons says
    [[3,984 Azerbaijanis|missing;a=Azerbaijan's state commission on missing persons]] are still
    unaccounted for from the war of the {{1990s}}, and Armenia lists
    [[about 1,000 people|missing;a=Armenia]]. The text initialled at the White House on
    {{8 August}} commits both sides to share what they know about them. The ICRC said it had
    helped hand over the remains of [[more than 250 people|killed;a=The ICRC]] across the line
    since {{2020}}. Armenia's foreign ministry says Baku still holds
    [[23 Armenians|arrested;a=Armenia's foreign ministry]], among them
    [[eight former Karabakh leaders|arrested;a=Armenia's foreign ministry]] on trial in Baku.
    Azerbaijan says it has resettled [[about 40,000 people|returned;a=Azerbaijan]] in the areas
    it retook and plans to bring back [[140,000 more|returned;p;n=-;a=Azerbaijan]] by
    {{2026}}. The deal also opens a transit route across Armenia's Syunik province,
    {{43 km}} long.""",
)

item(
    "Ukraine receives 1,212 bodies in latest handover",
    """Ukraine's Coordination Headquarters said it had received
    [[1,212 bodies|killed;a=Ukraine's Coordination Headquarters]] on Wednesday, the latest
    handover under the Istanbul agreement. Under that agreement Russia promised to return
    [[6,000|killed;p]] in all. Shamsail Saraliev, a Russian lawmaker, said Russia had received
    the bodies of [[27 of its servicemen|killed;a=Shamsail Saraliev]]. Ukrainian forensic
    experts say they are working through
    [[some 2,400 DNA samples|other;u=other;a=Ukrainian forensic experts]] from relatives.
    Ukraine's interior ministry says
    [[more than 70,000 Ukrainians|missing;a=Ukraine's interior ministry]] are listed as missing.
    At the talks on {{2 June}} the sides also agreed to swap all badly wounded prisoners and all
    those {{under 25}}, and Kyiv said [[about 1,200 prisoners|other;p;a=Kyiv]] would be exchanged
    in the coming weeks.""",
)

item(
    "Three-day truce sees front quieter, not silent",
    """Ukraine's General Staff said there had been
    [[107 combat engagements|other;u=other;a=Ukraine's General Staff]] along the front on
    Thursday, the {{first day}} of the {{72-hour}} truce Moscow declared for the Victory Day
    holiday, and [[about 800 drone strikes|other;u=other;a=Ukraine's General Staff]]. Russia's
    defence ministry said it had recorded
    [[734 Ukrainian violations|other;u=other;a=Russia's defence ministry]]. Oleh Hryhorov, the
    governor of Sumy region, said [[two people|killed;a=Oleh Hryhorov]] had been killed and
    [[seven|injured;a=Oleh Hryhorov]] injured by a guided bomb.
    [[Twenty-nine foreign leaders|other]] attended the parade on Red Square on Friday, among them
    China's Xi Jinping.""",
)

item(
    "Black Sea truce hinges on sanctions relief, Kremlin says",
    """The White House said on {{25 March}} that Russia and Ukraine had agreed to ensure safe
    navigation in the Black Sea, but the Kremlin said the deal would take effect only once
    sanctions on Rosselkhozbank were lifted. Ukraine's navy says
    [[about 2,400 ships|other;a=Ukraine's navy]] have used its own corridor since
    {{August 2023}}, carrying [[78 million tonnes|other;a=Ukraine's navy]] of cargo. Ukraine's
    infrastructure ministry says Russian missiles and drones have damaged
    [[more than 20 civilian ships|other;a=Ukraine's infrastructure ministry]] in port or at sea
    and killed [[at least 12 sailors|killed;a=Ukraine's infrastructure ministry]] since then.
    Turkish, Romanian and Bulgarian navy divers have cleared [[more than 40 sea mines|other]]
    drifting in the western Black Sea. Grain exports are running at about {{80%}} of pre-war
    levels.""",
)

item(
    "Separatists free first captives under Minsk protocol",
    """Pro-Russian separatists freed [[36 Ukrainian servicemen|other]] in exchange for
    [[31 rebel fighters|other]] near Donetsk on Saturday, the first swap under the
    {{12-point}} protocol signed in Minsk on {{5 September}}. Kyiv says
    [[about 1,000 prisoners|arrested;a=Kyiv]] remain in rebel hands. The OSCE said it would send
    [[about 250 monitors|other;p;a=The OSCE]] to patrol the line between the sides. The UN says
    [[at least 3,660 people|killed;a=The UN]] have been killed since mid-April, including
    [[331 people|killed;a=The UN]] since the ceasefire began. NATO said
    [[about 1,000 Russian troops|combatants;a=NATO]] were still inside eastern Ukraine and
    [[some 20,000|combatants;a=NATO]] were massed near the border.""",
)

item(
    "IAEA brokers local truce to fix Zaporizhzhia power line",
    """Rafael Grossi, director general of the IAEA, said a local ceasefire would let repair
    crews work on the {{Ferosplavna-1}} line, which has been cut for {{four weeks}}. Rosatom said
    the plant had been kept cool by [[20 diesel generators|other;a=Rosatom]] since losing its last
    off-site link, the {{10th time}} that has happened since the war began.
    [[About 30 technicians|other]] worked on the line for {{five days}} under the truce. The
    plant, Europe's largest, has [[six reactors|other;u=other]], all in cold shutdown, and the
    IAEA has kept a team of [[four experts|other]] on site since {{September 2022}}. Dmytro
    Orlov, Enerhodar's exiled mayor, says
    [[about 12,000 residents|civilians;a=Dmytro Orlov]] remain in the town, down from
    [[53,000|civilians;a=Dmytro Orlov]] before the war.""",
)

# ---------------------------------------------------------------- numbers but no figure

item(
    "Russia lets Black Sea grain deal lapse",
    """Russia said on {{17 July 2023}} it would not extend the Black Sea Grain Initiative, which
    lapsed at midnight almost {{a year}} after it was signed in Istanbul. The deal, brokered by
    the UN and Turkey in {{July 2022}}, had been renewed for {{120 days}} in November and for
    {{60 days}} in March and again in May. Wheat futures in Chicago rose {{3%}} on the news, to
    {{$6.81 a bushel}}. Kremlin spokesman Dmitry Peskov said Moscow would return to the deal as
    soon as its demands on Russian food and fertiliser exports were met. UN Secretary-General
    Antonio Guterres called the decision a blow to people in need everywhere.""",
)

item(
    "What Armenia and Azerbaijan signed at the White House",
    """The declaration signed on {{8 August 2025}} by Ilham Aliyev and Nikol Pashinyan, with
    Donald Trump as witness, is meant to close a conflict that goes back to {{1988}}. Under
    {{Article 8}} of the treaty text initialled by the foreign ministers, neither side may
    station third-country forces along the border. A transit route through Syunik, to be called
    the Trump Route for International Peace and Prosperity, would run for {{43 km}} and be
    developed by a US firm under a {{99-year}} lease, officials said. The OSCE Minsk Group, set
    up in {{1992}}, is to be wound up. Armenia still has to amend its constitution of
    {{1995}}, which Baku says lays claim to its territory.""",
)
