"""dev260 items, part 3: Germany's admission of Afghans, Ukrainians under temporary protection,
Britain's schemes, the EU's pledges, and the shelters and the attacks on them."""

from _wrap import item

item(
    "Germany's Afghan admission programme flies in first group from Islamabad",
    """BERLIN - A charter flight from Islamabad landed in Leipzig on Tuesday with [[132 Afghans|displaced;a=the
    Interior Ministry]] admitted under the federal admission programme, the Interior Ministry said,
    the first group to arrive since the scheme was launched in {{October 2022}}. The programme was
    meant to bring in [[up to 1,000 people|capacity;p]] a month who are at risk because of their
    work for human rights, justice or the media. Aid groups say [[about 3,000 people|displaced;a=Aid
    groups]] have been given admission promises but are still waiting in Pakistan. [[At least 200
    of them|arrested;n=-;a=Pro Asyl]] have been detained by Pakistani police since {{November}},
    according to Pro Asyl, and [[more than 30|returned;n=-;a=Pro Asyl]] deported to Afghanistan. The
    German embassy in Islamabad has [[12 staff|other]] processing the files.""",
)

item(
    "Berlin ends Afghan admissions, leaving 2,400 in Pakistan",
    """BERLIN - The new German government has ended the federal admission programme for Afghans,
    leaving [[about 2,400 people|displaced;a=the Foreign Office]] with admission promises stranded
    in Pakistan, the Foreign Office said on Wednesday. [[Some 350 of them|returned;n=-;a=aid
    groups]] were deported to Afghanistan by Pakistani authorities in {{August}}, according to aid
    groups. Since the Taliban takeover in {{August 2021}}, Germany has admitted [[around 36,000
    Afghans|displaced]] through its various programmes, including [[some 4,000 former local
    staff|displaced]] of the Bundeswehr and development agencies. A Berlin court ordered the
    government to issue visas to [[14 members of a family|displaced;n=members;p]] from Kabul. Pakistan
    says [[more than 800,000 Afghans|returned;a=Pakistan]] have been sent back since it began
    expelling undocumented foreigners in {{2023}}.""",
)

item(
    "EU grants temporary protection to 4.3 million Ukrainians",
    """BRUSSELS - [[About 4.3
    million people|displaced;a=Eurostat]] who fled Ukraine held temporary protection status in the
    European Union at the end of {{2024}}, Eurostat said. Germany hosted [[1.16 million|displaced;n=-]],
    followed by Poland with [[almost 985,000|displaced;n=-]] and the Czech Republic with [[some
    390,000|displaced;n=-]]. Children make up about {{a third}} of the total. EU ministers agreed to
    extend the protection until {{March 2027}}. The Commission estimates that [[up to 600,000
    Ukrainians|returned;a=The Commission;p]] could go home in the first year after a ceasefire. Some
    [[1.1 million Ukrainians|returned;a=the UN refugee agency]] have already returned, according to
    the UN refugee agency.""",
)

item(
    "Arson attack guts planned refugee shelter in Saxony-Anhalt",
    """TROEGLITZ, Germany - Arsonists set fire overnight to a building that was to house [[40
    asylum seekers|capacity;p]] in the town of Troeglitz, police said, leaving it uninhabitable.
    [[Two residents|injured;a=police]] of the neighbouring house were treated for smoke inhalation,
    police said. The Federal Criminal Police Office counted [[more than 1,000 attacks|other;u=other;a=The
    Federal Criminal Police Office]] on refugee accommodation in {{2015}}, including [[94 arson
    attacks|other;u=other]]. [[At least 35 buildings|housing;a=it;alt=The Federal Criminal Police
    Office]] were damaged by fire, it said. Police arrested [[three suspects|arrested]], aged {{27}} to
    {{38}}, in {{May}}. The district later housed the refugees in [[12 flats|capacity]] elsewhere.""",
)

item(
    "Baden-Wuerttemberg quota brought 1,100 Yazidi women from Iraq",
    """STUTTGART - The state of Baden-Wuerttemberg took in [[1,100 women and children|displaced;n=women
    and children;a=the state government]] who had been held by the Islamic State group, the state
    government said on the programme's fifth anniversary. [[More than 1,000 of them|kidnapped;n=-]] had
    been enslaved after the group overran Sinjar in {{August 2014}}. Psychologist Jan Ilhan
    Kizilhan, who interviewed [[some 1,400 survivors|other;a=Psychologist Jan Ilhan Kizilhan]] in
    camps in northern Iraq to select them, said [[about 2,600 women and girls|kidnapped;n=women and
    girls;a=Psychologist Jan Ilhan Kizilhan]] were still in captivity at the time. The state spent
    {{95 million euros}} on the programme. [[Around 60 of the women|returned;n=women]] have since gone
    back to Iraq.""",
)

item(
    "Homes for Ukraine: 140,000 arrivals, but hundreds of families made homeless",
    """LONDON - [[More than 140,000 Ukrainians|displaced;a=the Home Office]] have arrived in Britain
    under the Homes for Ukraine scheme, the Home Office said, hosted by [[about 100,000 households|capacity;a=the
    Home Office]] who volunteered spare rooms. Councils in England said [[4,890 Ukrainian
    households|displaced;a=Councils in England]] had been homeless or at risk of homelessness by
    {{February 2023}}, after placements broke down. Hosts receive {{£350}} a month, rising to {{£500}}
    after {{a year}}. The Local Government Association said [[at least 700 families|displaced;a=The
    Local Government Association]] were living in temporary accommodation such as hotels and B&Bs.
    A further [[50,000 visas|other;u=other]] were issued under the Ukraine Family Scheme. [[Around
    13,000 people|returned;a=officials]] have gone back to Ukraine, officials estimate.""",
)

item(
    "Poland counts 2.3 million arrivals from Ukraine",
    """PRZEMYSL, Poland - [[More than 2.3 million people|displaced;a=the Polish Border Guard]] have
    crossed from Ukraine into Poland since {{Feb 24}}, the Polish Border Guard said on Tuesday,
    [[about 100,000|displaced;n=-;a=the Polish Border Guard]] of them in the last {{24 hours}}. The
    UN refugee agency puts the number who have fled Ukraine in all at [[3.5 million|displaced;n=-;a=The
    UN refugee agency]]. Poland has opened [[27 reception points|capacity]] along its border with room
    for [[tens of thousands of people|capacity]]. [[About 1,500 soldiers|combatants]] of the Territorial Defence Force
    are helping at the crossings. Volunteers at the Przemysl station say they serve
    [[8,000 hot meals a day|aid;a=Volunteers at the Przemysl station]]. Police arrested [[two men|arrested;a=Police]]
    suspected of trying to lure women into cars with offers of lodging, police said.""",
)

item(
    "Britain's Afghan relocation scheme: 16,000 brought over, hundreds still in hiding",
    """LONDON - [[About 16,000 people|displaced;a=the Ministry of Defence]] have been relocated to
    Britain under the Afghan Relocations and Assistance Policy, the Ministry of Defence said, most of
    them former interpreters and their families. [[More than 15,000|displaced;n=-]] were flown out of
    Kabul during Operation Pitting in {{August 2021}}, when [[about 1,000 British troops|combatants]]
    held part of the airport. A data leak in {{2022}} exposed the names of [[nearly 19,000
    applicants|civilians]], and the government later set up a secret scheme to bring [[some 6,900
    of them|displaced;n=-;p]] to Britain. Veterans say [[at least 200 former soldiers|killed;a=Veterans]]
    of the Afghan special forces units trained by Britain have been killed by the Taliban since the
    takeover. [[Around 3,000 people|displaced]] brought in under the Afghan
    Citizens Resettlement Scheme were housed in [[dozens of hotels|capacity;u=structure]] for more than {{a year}}.""",
)

item(
    "Greece relocates 5,000 unaccompanied children to EU partners",
    """ATHENS - The last group of [[48 unaccompanied children|displaced]] flew from Athens to
    Helsinki on Thursday, completing a voluntary relocation scheme that moved [[5,199 people|displaced;a=the
    IOM]] from Greece to {{16}} European countries, the IOM said. They included [[1,200 unaccompanied
    minors|displaced]] and [[about 1,400 children|displaced]] with serious medical conditions and
    their families. Germany took [[2,800|displaced;n=-]], the largest share, and Portugal [[about
    400|displaced;n=-]]. The scheme began after fires destroyed the Moria camp on Lesbos in {{September
    2020}}, leaving [[some 12,000 people|displaced;a=officials]] without shelter, officials said.
    [[About 170 tents and containers|housing;u=other;n=tents and containers]] burned in the fire.""",
)

item(
    "Kharkiv strikes send a new wave west as EU weighs protection's end",
    """LVIV - Russian glide bombs and missiles damaged [[more than 3,000 homes|housing;a=Governor
    Oleh Syniehubov]] in the Kharkiv region in {{May}}, Governor Oleh Syniehubov said, and [[about
    11,000 people|displaced;a=Governor Oleh Syniehubov]] were evacuated from villages near the
    border. In Lviv, the regional administration said [[some 2,000 new arrivals|displaced;a=the regional
    administration]] had registered in a week. [[At least 14 civilians|killed;a=prosecutors]] were killed and [[more
    than 40|injured;n=-;a=prosecutors]] wounded in the region over the weekend, prosecutors said. Many of those
    leaving plan to join relatives in Poland or Germany, where temporary protection runs until
    {{March 2027}}. Volunteers said [[nine buses|other;a=Volunteers]] left Kharkiv for Lviv each day."""
    """ [[About 150 houses|housing]] were destroyed outright in Vovchansk alone.""",
)

item(
    "EU states pledge 31,000 resettlement places for 2024-25",
    """BRUSSELS - European Union member states have pledged [[31,000 places|capacity;u=other;a=the
    European Commission;p]] for resettlement and humanitarian admission in {{2024}} and {{2025}}, the
    European Commission said, short of the [[40,000|capacity;n=-;u=other;p]] it had hoped for. Germany
    offered [[13,100 places|capacity;u=other;a=Germany;p]], including [[3,000|capacity;n=-;u=other;p]] under
    its Afghan programme, and France [[3,000|capacity;n=-;u=other;p]]. Under the previous round, states
    resettled [[about 28,000 people|displaced]] in {{2022}} and {{2023}}. The Commission will pay
    {{€10,000}} for each person resettled. Sweden, which took [[5,000 people|displaced]] a year
    until {{2022}}, now offers [[900|capacity;n=-;u=other;p]].""",
)

item(
    "Italy's reception centres overflow as corridor flights continue",
    """ROME - Italy's reception system was housing [[more than 138,000 migrants and refugees|displaced;n=migrants
    and refugees;a=the Interior Ministry]] at the end of {{September}}, the Interior Ministry said, the
    most in {{six years}}. The ministry said it had opened [[more than 200 emergency centres|capacity;a=The
    ministry;alt=the Interior Ministry]] since {{January}}. Lampedusa's hotspot, built for [[400 people|capacity]],
    held [[nearly 7,000|displaced;n=-]] at one point in {{September}}. Coast guard and navy ships
    rescued [[about 2,300 people|other;a=the coast guard]] in {{48 hours}}, the coast guard said,
    and [[at least 28|missing;n=-;a=the coast guard]] were reported missing. Police arrested [[11 suspected
    smugglers|arrested]].""",
)

item(
    "Moldova: the small country that sheltered Ukraine's refugees",
    """CHISINAU - [[More than 1 million people|displaced;a=the government]] have crossed from Ukraine
    into Moldova since {{February 2022}}, the government said, and [[about 120,000|displaced;n=-;a=the
    government]] have stayed. Moldova's temporary protection scheme, opened in {{March 2024}}, has
    registered [[some 60,000 Ukrainians|displaced]]. The UN refugee agency
    said [[about 50,000 refugees|aid;a=The UN refugee agency]] had received cash assistance in the
    past year, and [[1,300 families|aid]] were given winter kits. [[More than 90 refugee
    accommodation centres|capacity]] were open at the peak; [[31|capacity;n=-;a=officials]] remain,
    officials said. Roma families from Ukraine were housed for months in [[a dozen
    classrooms|capacity]] in Chisinau.""",
)

item(
    "Missing Ukrainian children: Kyiv seeks return of thousands from Russia",
    """KYIV - Ukraine has identified [[19,546 children|kidnapped;a=officials]] it says were deported or
    forcibly transferred to Russia or occupied territory, and [[only 1,480|returned;n=-;a=officials]]
    have been brought back, officials said in Kyiv. [[More than 2,100 children|missing;a=the national
    police]] are listed as missing, according to the national police. Qatar has mediated the return
    of [[about 100 children|returned]] so far. Across Europe, [[some 3,000 Ukrainian
    children|displaced;a=UNICEF]] who arrived without parents are in foster or institutional care,
    UNICEF said. UNICEF estimates that [[at least 400 unaccompanied minors|missing;a=UNICEF]] went
    missing from reception centres in Poland and Germany. A Russian missile strike in {{June}}
    damaged [[12 houses|housing]] and a children's home in Kherson.""",
)

item(
    "Ireland: fires hit buildings earmarked for asylum seekers",
    """DUBLIN - [[At least 30 buildings|housing;a=the Garda]] earmarked or rumoured to be used for
    international protection applicants have been set on fire since {{2018}}, the Garda said. In
    the latest attack, in Coolock, a former factory meant to house [[500 men|capacity;p]] was
    burned during a riot in which [[six gardai|injured]] were hurt and [[13 people|arrested]] were
    arrested. [[About 250 gardai|combatants;a=the force;alt=the Garda]] were deployed to the site
    overnight, the force said. The government said [[more than 2,000 asylum seekers|displaced;a=The
    government]] were sleeping rough in Dublin because no beds were available. Ireland also hosts
    [[some 110,000 Ukrainians|displaced]] under temporary protection, housed in [[around 3,500
    properties|capacity;u=structure]] pledged by private owners.""",
)

item(
    "Germany's refugee budget row: states want more federal money",
    """BERLIN - The {{16}} German states demanded on {{Monday, May 10}}, that Berlin raise its
    contribution to refugee costs from {{€3.75 billion}} to at least {{€5 billion}} a year.
    Chancellor Olaf Scholz offered {{€1 billion}} more for {{2023}}, and a per-head payment of
    {{€7,500}} from {{2024}}. The states say their costs have risen by {{about 40 percent}} since
    {{2022}}. A decision was postponed to {{November 6}}, after {{eight hours}} of talks.""",
)

item(
    "Temporary protection explained: rights, deadlines and what comes next",
    """The EU's Temporary Protection Directive, adopted in {{2001}}, was used for the first time on
    {{4 March 2022}}. It grants a residence permit for {{one year}}, extendable in steps of {{six
    months}} to {{three years}}, and ministers have since agreed to go beyond that, to {{March
    2027}}. Holders may work from the {{first}} day, and children under {{18}} must be given access
    to schooling. Article {{5}} lets the Council end the protection by a qualified majority, which
    requires {{55 percent}} of member states representing {{65 percent}} of the EU population.""",
)
