"""Items of the same places and subjects with numbers but no figure: years, dates, times, ages,
durations, ordinals, percentages, money, measurements, scores and numbers in names."""

from _wrap import item

item(
    "Plateau remembers victims of 2018 killings",
    """Churches across Plateau State held services on Sunday to mark the {{sixth}} anniversary
    of the attacks of {{June 24, 2018}} on villages in Barkin Ladi. A {{67-year-old}} survivor
    told the congregation in Gashish that she still could not farm her land. The state
    government declared {{June 24}} a day of remembrance in {{2019}}.""",
)

item(
    "Benue funds livestock guards",
    """Benue State's {{2024}} budget sets aside {{N2.5 billion}} for the agency that enforces
    the open grazing ban, up {{18%}} on last year. Under {{Section 19}} of the {{2017}} law,
    herders caught grazing in the open face fines of up to {{N1 million}} or {{five years}} in
    jail.""",
)

item(
    "Security Council extends UN mission in South Sudan",
    """The UN Security Council voted {{12-0}} on Thursday, with Russia, China and Algeria
    abstaining, to extend the mandate of the UN Mission in South Sudan until {{April 30, 2026}},
    adopting {{Resolution 2729}}. The mission has been in the country since {{July 2011}}, when
    South Sudan became independent.""",
)

item(
    "Kenya extends North Rift security operation",
    """Kenya's interior ministry extended the security operation in the North Rift by {{90
    days}} on Friday, {{eight months}} after it began in {{February 2023}}. The operation has
    cost {{Sh4.2 billion}}, the ministry said. Schools in the area will open on {{January 8}}, a
    week late.""",
)

item(
    "Irreecha set for early October",
    """The Oromia regional government said the Irreecha festival would be held at Lake Hora in
    Bishoftu on {{October 5}} and in Addis Ababa a day earlier. The festival marks the end of
    the rainy season, which this year brought rainfall {{20% above}} average. Bishoftu lies {{45
    km}} southeast of the capital.""",
)

item(
    "Five years on, Juba agreement's security clauses unfulfilled",
    """The Juba Peace Agreement, signed on {{October 3, 2020}}, promised that {{20%}} of
    Darfur's revenues would stay in the region for {{10 years}}. A report published on Tuesday
    found that none of the money had been transferred by {{mid-2023}}. The agreement's text runs
    to {{more than 200 pages}}.""",
)

item(
    "Ituri state of siege extended again",
    """Congo's parliament extended the state of siege in Ituri and North Kivu for a further {{15
    days}} on Tuesday, the {{60th}} extension since it was declared on {{May 6, 2021}}.
    Lawmakers from Ituri, where the army took over from civilian administrators, voted against.
    The measure costs about {{$10 million}} a month.""",
)

item(
    "Lake Chad shrinkage fuels Logone-Birni disputes",
    """Lake Chad has shrunk by about {{90%}} since the {{1960s}}, from about {{25,000 square
    kilometres}} to less than {{2,000}}, according to the Lake Chad Basin Commission. In the
    Logone-Birni area, the dry season now lasts {{eight months}}, and temperatures reached
    {{46C}} in {{April}}.""",
)

item(
    "Manipur internet ban lifted after seven months",
    """Manipur lifted a ban on mobile internet on {{December 3}} after {{212 days}}, the longest
    such shutdown in an Indian state since the one in Kashmir in {{2019}}. The order, issued
    under {{Section 144}} of the criminal procedure code, had been renewed every {{five days}}.
    A {{60-year-old}} retired judge will head the inquiry into the violence.""",
)

item(
    "Jat quota law struck down",
    """The Punjab and Haryana High Court on Thursday struck down the {{2016}} Haryana law that
    gave the Jat community a {{10%}} quota in state jobs and college places. The agitation for
    the quota in {{February 2016}} caused damage estimated at {{Rs 30,000 crore}}. The state
    government has {{90 days}} to appeal.""",
)

item(
    "Prices soar in Parachinar",
    """The price of a cooking gas cylinder in Parachinar has risen to {{Rs 8,000}}, more than
    double the price in Peshawar, since the {{130 km}} road from Thall closed on {{October 12}}.
    Flour now sells at {{Rs 200}} a kilogram, up {{70%}}. Traders said the closure, now in its
    {{third}} month, was the longest since {{2007}}.""",
)

item(
    "PNG toughens tribal fighting law",
    """Papua New Guinea's parliament on Wednesday amended the Inter Group Fighting Act of
    {{2014}}, raising the fine for organising a tribal fight to {{K50,000}} and the maximum
    prison term to {{15 years}}. The amendment passed {{78-0}} and takes effect on {{January
    1}}.""",
)

item(
    "Mexican ejidos mark land reform anniversary",
    """Peasant organisations marked on Monday the {{107th}} anniversary of {{Article 27}} of the
    {{1917}} constitution, which made land reform law. {{About half}} of Mexico's territory is
    held as ejido or communal land, but the {{1992}} reform allowed ejido plots to be sold.""",
)

item(
    "Brazil's Supreme Court rejects marco temporal",
    """Brazil's Supreme Court voted {{9-2}} on Thursday to reject the legal thesis that
    Indigenous peoples can claim only lands they occupied on {{October 5, 1988}}, the day the
    constitution was promulgated. Congress passed {{Law 14,701}} a week later to reinstate it.
    It was the court's {{fourth}} ruling on the issue since {{2009}}.""",
)

item(
    "Rohingya mark anniversary of exodus",
    """Rohingya refugees in Cox's Bazar marked on {{August 25}} the {{seventh}} anniversary of
    the army crackdown of {{2017}} that drove them from Rakhine. Many were stripped of
    citizenship under Myanmar's {{1982}} citizenship law. A {{19-year-old}} student read a poem
    in Rohingya and English.""",
)

item(
    "Kumuls edge Fiji in Port Moresby",
    """Papua New Guinea's Kumuls beat Fiji {{24-18}} in Port Moresby on Saturday, with winger
    Kenny Yalo scoring {{two tries}} in the {{second}} half. The match, the {{first}} at the new
    stadium, kicked off at {{3pm}} and was played in {{32C}} heat.""",
)

item(
    "Turkana rains fail again",
    """Rainfall in Turkana between {{March}} and {{May}} was {{30% below}} average, Kenya's
    Meteorological Department said, the {{fifth}} poor season in a row. Temperatures in Lodwar
    reached {{41C}}. The department forecasts normal rains from {{October}} to {{December}}.""",
)

item(
    "Ethiopian court adjourns Konso trial",
    """A federal court in Hawassa adjourned the trial of Konso officials accused over the
    violence of {{2020}} to {{March 14}}, the {{11th}} adjournment. The defendants, aged between
    {{32 and 58}}, have been in custody for {{26 months}}.""",
)
