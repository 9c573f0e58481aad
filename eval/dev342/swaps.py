"""Prisoner exchanges, the return of bodies and the camps that hold prisoners for swaps."""

from _wrap import item

HQ = "Coordination Headquarters for the Treatment of Prisoners of War"

item(
    "Ukraine and Russia swap 390 each in first stage of Istanbul deal",
    f"""Ukraine and Russia on Friday carried out the first stage of the largest exchange of the
    war, with each side handing over [[390 people|other;a=Ukraine's {HQ}]], Ukraine's {HQ} said.
    Among those returned to Ukraine were [[270 soldiers|other;a=the headquarters;alt={HQ}]] and
    [[120 civilians|other;a=the headquarters;alt={HQ}]], the headquarters said on Telegram. The
    two delegations agreed in Istanbul on {{{{May 16}}}} to exchange [[1,000 prisoners|other;p]]
    each, and further stages were expected over the weekend. Russia's defence ministry said it had
    received [[390 Russian servicemen and civilians|other;a=Russia's defence ministry;n=servicemen
    and civilians]], who were taken to Belarus for medical checks. The youngest soldier freed was
    {{{{20 years old}}}} and the oldest civilian {{{{74}}}}, the headquarters said. Ukraine says Russia still
    holds [[more than 8,000 Ukrainians|arrested;a=Ukraine]].""",
)

item(
    "Bodies of 1,212 soldiers handed to Ukraine at Belarus border",
    f"""Ukraine on Wednesday received [[1,212 bodies|killed;a=the {HQ}]] that Russia says are of
    Ukrainian soldiers, the {HQ} said. Russia in turn received [[27 bodies|killed;a=Russian
    lawmaker Shamsail Saraliev]] of its own servicemen, Russian lawmaker Shamsail Saraliev told
    TASS. The handover on the Belarusian border was the {{{{third}}}} in a week under the Istanbul
    agreement, which provides for each side to return [[6,000 bodies|killed;p]]. Ukraine's interior
    ministry said it had now received [[6,057 bodies|killed;a=Ukraine's interior ministry]] since
    the start of June. The remains arrived in [[five refrigerated wagons|other;u=other]].
    Officials said identification would take months because many bodies came without documents,
    and that DNA had been taken from [[more than 4,500 relatives|other;a=Officials]].""",
)

item(
    "Kursk residents stranded in Sudzha return home via Belarus",
    """A group of [[46 residents|returned;a=Russia's human rights commissioner Tatyana
    Moskalkova]] of Russia's Kursk region who spent months in Ukrainian-controlled territory
    crossed back into Russia through Belarus on Tuesday, Russia's human rights commissioner Tatyana
    Moskalkova said. They were among [[about 300 people|civilians]] who stayed in Sudzha and nearby
    villages after Ukrainian troops crossed the border in {{August 2024}}. Moskalkova said [[a
    further 38|returned;p;a=Moskalkova]] were expected to come home later this month, and that
    [[more than 500 Kursk residents|missing;a=Moskalkova]] were still listed as missing. Ukraine's
    ombudsman Dmytro Lubinets said the returns were part of a deal under which Russia is to free
    [[120 Ukrainian civilians|other;p;a=Ukraine's ombudsman Dmytro Lubinets]] held since the first
    weeks of the invasion. [[Eleven|injured;n=-;a=Moskalkova's office]] of the returnees were taken
    straight to hospital with wounds, Moskalkova's office said. The oldest was {{91}}.""",
)

item(
    "Kyiv raises monthly payments to families of captured soldiers",
    """Families of Ukrainian soldiers held in Russian captivity will receive {{50,000 hryvnias}} a
    month from {{January 1}}, up from {{30,000 hryvnias}}, under a government resolution adopted on
    Wednesday. The payment, worth about {{$1,200}}, will be indexed by {{10%}} a year, Prime
    Minister Yulia Svyrydenko said. Released prisoners will also get a one-off grant of
    {{100,000 hryvnias}} and {{12 months}} of free rehabilitation. The finance ministry said the
    budget line for the programme had been raised to {{4.5 billion hryvnias}} for {{2026}}.""",
)

item(
    "UAE says it has mediated another prisoner swap",
    """The United Arab Emirates said on Saturday it had mediated a new exchange in which Russia
    and Ukraine each released [[150 prisoners|other;a=The United Arab Emirates]], bringing the
    number of captives swapped through its mediation to [[4,181|other;a=The United Arab
    Emirates]]. It was the {{13th}} exchange brokered by Abu Dhabi since {{January 2024}}, the
    foreign ministry said in a statement. Of the Ukrainians freed, [[141|other;n=-;a=Ukraine's
    coordination headquarters]] were members of the armed forces and [[nine|other;n=-;a=Ukraine's
    coordination headquarters]] were border guards, Ukraine's coordination headquarters said.
    [[Twenty-two|other;n=-]] of them had defended Mariupol in {{2022}}. Another exchange of
    [[between 200 and 250 prisoners|other;p;a=the UAE foreign ministry]] is being prepared, the UAE
    foreign ministry said. Ombudsman Dmytro Lubinets
    said Kyiv had handed Moscow lists of [[more than 1,300 people|missing;a=Ombudsman Dmytro
    Lubinets]] whose whereabouts it wants confirmed.""",
)

item(
    "Wounded and young soldiers come home in second stage of swap",
    f"""Ukraine brought home a second group of prisoners on Tuesday under the deal struck in
    Istanbul, among them seriously wounded soldiers and young men under {{{{25}}}}, President
    Volodymyr Zelensky said. He gave no number, but Ukraine's {HQ} later said [[307
    Ukrainians|other;a=Ukraine's {HQ}]] had been freed. Doctors at a hospital in Chernihiv region
    said [[at least 40 of the freed men|injured;a=Doctors at a hospital in Chernihiv region]] needed
    surgery for wounds left untreated in captivity. [[About 60|other;n=-]] of the soldiers had been
    captured in the first months of the war. Outside the hospital, [[hundreds of relatives|other]]
    held up photographs of men who are still missing. Kyiv says Russia holds [[about 8,000
    Ukrainian soldiers and civilians|arrested;a=Kyiv;n=soldiers and civilians]]. The third stage,
    in which [[303 more prisoners|other;p]] are due to be freed, is expected within days.""",
)

item(
    "Russia says transport plane carrying prisoners crashed in Belgorod",
    """A Russian {{Il-76}} military transport plane crashed in Belgorod region on Wednesday, and
    Russia's defence ministry said all [[74 people|killed;a=Russia's defence ministry]] on board
    were killed, among them [[65 Ukrainian prisoners|killed;a=Russia's defence ministry]] being
    flown to an exchange. The ministry said the aircraft also carried [[six crew members|killed;a=The
    ministry;alt=Russia's defence ministry]] and [[three escorts|killed;a=The ministry;alt=Russia's
    defence ministry]]. Ukraine's military intelligence agency said an exchange planned for that
    day had been called off, but that it had no reliable information on who was on board. The
    Coordination Headquarters said on Thursday that [[at least five|other;n=-;a=The Coordination
    Headquarters]] of the men on Russia's list had already been freed in earlier exchanges. The
    crash came {{12 days}} after the two countries swapped [[230 Ukrainians|other]] for [[248
    Russians|other]].""",
)

item(
    "Inside the camp where Ukraine holds Russian prisoners",
    """The camp in Lviv region, a converted penal colony, can hold [[up to 600 men|capacity;a=the
    camp's director]], the camp's director told reporters during a rare press visit on Thursday.
    It currently houses [[about 470 Russian servicemen|arrested;a=the camp's director]], he said.
    [[Several dozen|arrested;a=the camp's director]] are foreign nationals from Africa, Central
    Asia and Nepal who were recruited by Russia's army, he said. The prisoners work in a furniture
    workshop and are paid {{480 hryvnias}} a month. Over the past year [[3,100 letters|other;u=other;a=the
    director]] written by prisoners were passed to the ICRC for delivery to families in Russia, the
    director said. Ukraine's coordination headquarters said [[more than 1,900 Russian
    prisoners|other;a=Ukraine's coordination headquarters]] had passed through the camp since
    {{2022}} on their way to exchanges. Its medical wing has [[40 beds|capacity]].""",
)

item(
    "Azovstal defenders still in captivity three years on",
    """When the last defenders of Mariupol's Azovstal steelworks laid down their arms in {{May
    2022}}, Russia said [[2,439 fighters|arrested;a=Russia]] had surrendered. Ukraine said at the
    time that the garrison numbered [[about 2,500 troops|combatants;a=Ukraine]]. Three years later,
    [[more than 900|arrested;a=the Azov brigade]] are still in Russian captivity, the Azov brigade
    said on Friday. [[Some 1,300|other;a=the brigade;alt=the Azov brigade]] have come home in
    exchanges, the brigade said. Brigade commanders said [[at least 37|killed;a=Brigade
    commanders]] had died in captivity or in the explosion at the Olenivka prison camp in {{July
    2022}}. On Saturday [[hundreds of relatives|other]] rallied in Kyiv and in [[a dozen other
    cities|other;u=other]] to demand their release. Russia's Supreme Court designated Azov a
    terrorist organisation in {{August 2022}}, and Russian courts have since sentenced [[dozens of
    its fighters|arrested]] to terms of up to {{27 years}}.""",
)

item(
    "ICRC says it has visited thousands of prisoners on both sides",
    """The International Committee of the Red Cross said on Monday it had visited [[more than
    3,500 prisoners|other;a=The International Committee of the Red Cross]] of war held by Russia
    and Ukraine since {{2022}}. The organisation said it had delivered [[some 12,000 parcels|aid;a=The
    organisation;alt=International Committee of the Red Cross]] with food, warm clothes and
    hygiene items, and passed on [[over 28,000 messages|other;u=other;a=The organisation;alt=International
    Committee of the Red Cross]] between detainees and their families. Its tracing bureau has
    received [[more than 120,000 requests|other;u=other;a=the ICRC]] from families seeking news of
    relatives and has answered [[about 16,000|other;n=-;a=the ICRC]], the ICRC said. ICRC regional
    director Ariane Bauer said [[thousands of prisoners|arrested;a=ICRC regional director Ariane
    Bauer]] held by Russia had never been visited. Ukraine has criticised the ICRC for failing to
    reach occupied territory, where it estimates [[at least 1,800 civilians|arrested;a=Ukraine]]
    are detained.""",
)

item(
    "Surrender hotline says calls from Russian soldiers at record",
    """The Ukrainian project that helps Russian soldiers surrender, "I Want to Live", said it
    received [[more than 1,200 requests|other;u=other;a=The Ukrainian project that helps Russian
    soldiers surrender]] in June, its highest monthly total. Spokesman Vitaliy Matviyenko said
    [[about 400 Russian servicemen|arrested;a=Spokesman Vitaliy Matviyenko]] had surrendered
    through the hotline since {{2022}}, among them [[two North Korean soldiers|arrested;a=Spokesman
    Vitaliy Matviyenko]] captured in Kursk region in {{January 2025}}. According to Ukraine's
    military intelligence, [[about 11,000 North Korean troops|combatants;a=Ukraine's military
    intelligence]] were sent to Kursk region. The project also takes calls from [[hundreds of wives
    and mothers|other;n=wives and mothers]]. In the largest single case, [[24 soldiers|arrested]]
    from one assault unit gave themselves up together near Toretsk. Ukraine says it holds
    [[several thousand Russian soldiers|arrested;a=Ukraine]], whom it uses to free its own.""",
)

item(
    "Ukraine receives 909 bodies in repatriation",
    f"""The bodies of [[909 people|killed;a=the {HQ}]] who Russia says are Ukrainian soldiers were
    returned to Ukraine on Friday, the {HQ} said. Of them, [[563|killed;n=-;a=the
    headquarters;alt={HQ}]] were recovered in Donetsk region, [[98|killed;n=-;a=the
    headquarters;alt={HQ}]] in Zaporizhzhia region and [[67|killed;n=-;a=the headquarters;alt={HQ}]]
    from morgues in Russia, the headquarters said. Among them were [[22 civilians|killed]].
    Russia received the bodies of [[43 servicemen|killed;a=Moscow]], Moscow said. The interior ministry said it has collected DNA from
    relatives of [[more than 60,000 missing people|missing;a=The interior ministry]].
    Identification usually takes {{three to six months}}, it said.""",
)

item(
    "Moscow says 146 servicemen returned from Ukrainian captivity",
    """[[One hundred and forty-six Russian servicemen|other;a=Russia's defence ministry]] have been
    returned from territory controlled by Kyiv, Russia's defence ministry said on Sunday. In
    return, [[146 Ukrainian prisoners|other;a=the ministry;alt=Russia's defence ministry]] were
    handed over, the ministry said, adding that [[eight Russian civilians|other;a=the
    ministry;alt=Russia's defence ministry]] from Kursk region had also been freed in the swap.
    Human rights commissioner Tatyana Moskalkova said she had given her Ukrainian counterpart lists
    of [[about 2,000 Russian civilians|missing;a=Human rights commissioner Tatyana Moskalkova]] whose
    relatives have lost contact with them. Russia says it holds [[more than 6,000 Ukrainian
    servicemen|arrested;a=Russia]]. Ukrainian officials said [[15|other;n=-;a=Ukrainian officials]]
    of those freed had been held since the fall of Mariupol.""",
)

item(
    "Rostov trial of Ukrainian marines adjourned again",
    """A military court in Rostov-on-Don on Tuesday adjourned until {{March 3}} the trial of
    Ukrainian marines accused of "terrorism" over the defence of Mariupol, which opened in {{June
    2023}}. Prosecutors are seeking prison terms of {{17 to 23 years}}, and a {{21-year-old}}
    defendant told the court he had been beaten during interrogation in {{2022}}. Rights groups say
    the case, brought under article {{205.4}} of the criminal code, breaches the Third Geneva
    Convention, which protects prisoners of war from prosecution for lawful acts of war. The
    hearing lasted {{40 minutes}}.""",
)

item(
    "Bodies of prisoners who died in custody among 757 returned",
    """Ukraine received [[757 bodies|killed;a=the Coordination Headquarters]] on Friday, the
    Coordination Headquarters said. Among them were [[at least 20|killed;n=-;a=the
    headquarters;alt=the Coordination Headquarters]] of prisoners who died in Russian custody, the
    headquarters said. Ukraine's prosecutor general's office said it was investigating the deaths
    of [[206 Ukrainian prisoners|killed;a=Ukraine's prosecutor general's office]] in Russian
    captivity since {{February 2022}}. It said [[at least 177 POWs|killed;a=Ukraine's prosecutor
    general's office]] had been executed on the battlefield after surrendering. Russia received
    [[34 bodies|killed]]. The headquarters said [[112 families|other;a=The headquarters;alt=the
    Coordination Headquarters]] had so far been told that a relative listed as captive had died.""",
)

item(
    "Syrskyi says Kursk incursion netted hundreds of prisoners",
    """Ukrainian forces captured [[more than 700 Russian soldiers|arrested;a=commander-in-chief
    Oleksandr Syrskyi]] in the first weeks of the incursion into Kursk region, commander-in-chief
    Oleksandr Syrskyi said on Wednesday. Russia had [[about 30,000 troops|combatants;a=commander-in-chief
    Oleksandr Syrskyi]] in the region at the start of the operation, he said, a number that has
    since grown to [[about 45,000|combatants;n=-;a=commander-in-chief Oleksandr Syrskyi]]. Kyiv says
    the prisoners have already been used to free [[115 Ukrainian soldiers|other;a=Kyiv]]. A
    temporary detention site in Sumy region has room for [[about 300 prisoners|capacity;a=a military
    official]], a military official said. Russian officials said [[about 2,000 civilians|civilians;a=Russian
    officials]] were still in Ukrainian-held areas. The regional government said [[more than
    120,000 people|displaced;a=The regional government]] had left border districts.""",
)

item(
    "Zelensky says 5,857 freed from Russian captivity",
    """President Volodymyr Zelensky said on Tuesday that [[5,857 people|other;a=President Volodymyr
    Zelensky]] had been freed from Russian captivity in [[65 exchanges|other;u=other;a=President
    Volodymyr Zelensky]] since the start of the full-scale invasion. Of them, [[about 500|other;n=-;a=the
    president's office]] were civilians, the president's office said. The Coordination
    Headquarters said [[about 16,000 people|missing;a=The Coordination Headquarters]] were listed as
    missing in action, and that Russia had confirmed holding [[roughly 7,000|arrested;a=The
    Coordination Headquarters]] of them. A planned swap of [[500 more|other;p;n=-]] was put off at
    the last minute. Families of the missing hold weekly rallies in [[more than 20 cities|other;u=other]].""",
)
