"""dev171 hard negatives: the military without violence (a defence budget, arms sales,
rearmament, a submarine purchase, the debate over arms for Ukraine, recruitment, the draft,
missile drills into the sea)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "A trillion-dollar defense budget is not a strategy",
        "The Pentagon's budget request for the next fiscal year crosses a symbolic threshold: "
        "for the first time, national defense spending would exceed $1 trillion. The "
        "administration argues that the money is needed to deter China in the Pacific, rebuild "
        "munitions stockpiles depleted by aid to Ukraine and Israel, and pay for a missile "
        "defense shield it calls the Golden Dome. Some of those needs are real. The United "
        "States has let its shipbuilding base wither, and production lines for artillery "
        "shells and air defense interceptors cannot keep pace with demand. But more money does "
        "not automatically buy more security. The Pentagon has never passed a full audit. "
        "Major weapons programs, from the F-35 to the Sentinel nuclear missile, are years late "
        "and billions over budget. A budget that adds to everything chooses nothing. Congress "
        "should insist on a strategy that sets priorities, cancels programs that no longer "
        "make sense and holds contractors to their promises before it signs the largest check "
        "in the military's history.",
        "military",
    ),
    (
        "The Guardian view on arms sales to Saudi Arabia: the court has done what ministers "
        "would not",
        "The Court of Appeal's ruling on Thursday that the government acted unlawfully in "
        "licensing arms sales to Saudi Arabia is a rare and welcome moment of accountability. "
        "The judges did not decide that the sales must stop. They found that ministers had "
        "failed to assess whether the Saudi-led coalition fighting in Yemen had committed "
        "violations of international humanitarian law, as the law requires them to do before "
        "approving exports. For four years, ministers have insisted that Britain operates one "
        "of the most rigorous export control regimes in the world. The court has shown that "
        "the rigour was a matter of words. Britain has licensed more than £4.7bn worth of arms "
        "to Riyadh since the war in Yemen began, including the Typhoon and Tornado jets and "
        "the precision-guided bombs on which the coalition's air force relies. The government "
        "has said it will appeal and will not grant new licences in the meantime. It should go "
        "further, suspend the existing ones and conduct the review that the law demanded all "
        "along. Jobs in the defence industry matter. They cannot be a licence to look away.",
        "military",
    ),
    (
        "Europe is finally rearming. It must spend smarter, not just more",
        "For three decades Europeans enjoyed a peace dividend, cutting their armies on the "
        "assumption that war on the continent was a thing of the past. That assumption is "
        "gone. NATO's members have now pledged to spend 3.5% of GDP on core defence by 2035, "
        "plus another 1.5% on related infrastructure, and the European Commission has offered "
        "€150bn in loans to help them. Germany has loosened its constitutional debt brake to "
        "pay for new brigades and air defences; Poland is heading towards 5% already. Several "
        "countries are debating a return to some form of national service. This is the right "
        "direction. But Europe's defence market remains fragmented among national champions, "
        "each producing its own tanks, howitzers and frigates in small batches at high cost. "
        "European armies field more than a dozen types of main battle tank; America fields "
        "one. Joint procurement, common standards and a willingness to let the best producers "
        "win would stretch every euro further. Rearmament that merely buys more of the same, "
        "at ever higher prices, will disappoint the voters who are paying for it.",
        "military",
    ),
    (
        "Letters: Canada's new submarines, and the bill nobody wants to talk about",
        "Re: Ottawa narrows submarine race to two bidders: As a retired naval officer who "
        "served in the Victoria-class boats, I welcome any decision that finally replaces "
        "them. They were a bargain that cost us dearly, and the crews who kept them going "
        "deserve better. But your report says nothing about the cost of operating a fleet of "
        "up to 12 submarines over 30 years, which will dwarf the purchase price. Nor does it "
        "mention that the navy is already short of the sailors it needs to crew the ships it "
        "has. A submarine without a trained crew is a very expensive piece of steel tied to a "
        "jetty. Before Ottawa signs a contract, it should tell Canadians how it will recruit, "
        "train and keep the people to sail them. Otherwise we will repeat the Victoria story "
        "on a grander scale. Commander (retd) Alan MacIsaac, Halifax",
        "military",
    ),
    (
        "Ukraine's partners keep arriving late. The war does not wait for committee meetings",
        "It took Ukraine's allies more than a year of debate to agree to train Ukrainian "
        "pilots on the F-16, and the first jets will not arrive until next year at the "
        "earliest. Before that came the months-long arguments over Leopard tanks, over HIMARS "
        "rocket launchers and over Patriot systems, each followed by a decision to send them "
        "after all. The pattern is by now familiar in Kyiv: a request, a refusal, a leak, a "
        "U-turn, and a delivery that arrives months after it would have made the most "
        "difference. Every delay gives Russia time to dig in, to mine the fields in front of "
        "its trenches and to adapt its own tactics. Ukraine's partners are right to worry "
        "about escalation and about the strain on their own stockpiles. But their caution has "
        "not prevented escalation; it has only made the war longer and more expensive, in "
        "lives and in money. Western industry still produces a fraction of the artillery "
        "shells Ukraine needs. If the coalition wants Ukraine to win, rather than merely not "
        "to lose, it needs to decide early, commit for several years and build the factories "
        "to match. Half-measures are the most expensive option of all.",
        "military",
    ),
    (
        "Agnipath: a bold reform of military recruitment that needs more thought",
        "The Union government's announcement of the Agnipath scheme, under which young Indians "
        "will be recruited into the Army, Navy and Air Force for four years, marks the most "
        "significant change to military recruitment since Independence. About 46,000 "
        '"Agniveers" aged between 17.5 and 21 will be inducted this year, and only a quarter '
        "of each batch will be retained for regular service. The rest will leave with a lump "
        "sum of about ₹11.7 lakh and a certificate of skills. The Government's reasoning is "
        "clear enough. The defence pension bill now exceeds the budget for new equipment, and "
        "a younger force is, in principle, a fitter one. But four years, of which six months "
        "are spent in training, is a short time to produce soldiers who can operate modern "
        "weapons or handle the pressures of the Line of Control. Regimental traditions rest on "
        "long service and mutual trust. And the prospects of the 75% who leave have been "
        "addressed only vaguely. A pilot on a smaller scale, with clearer commitments from the "
        "States and the Central Armed Police Forces on lateral entry, would have been the "
        "wiser path.",
        "military",
    ),
    (
        "The High Court has ruled. Now the Haredim must be drafted",
        "The High Court of Justice ruled unanimously on Tuesday that the state has no legal "
        "basis to exempt yeshiva students from military service, and that it must stop funding "
        "yeshivas whose students evade the draft. The ruling ends a legal fiction that "
        "successive governments have maintained since the last exemption law expired. It also "
        "arrives at a moment when the army says it is short of thousands of soldiers and "
        "reservists are being called up for their third and fourth rounds of duty. The "
        "ultra-Orthodox parties have responded with threats to bring down the coalition, and "
        "rabbis have instructed students to tear up their call-up orders. The prime minister, "
        "who depends on those parties for his majority, is looking for another way to delay. "
        "There is no other way. A state in which one group carries the burden of service while "
        "another is exempt by law is not a state of equal citizens. The army should begin "
        "issuing orders, with arrangements that respect religious life, such as separate units "
        "and kosher kitchens, and the government should stop paying for defiance.",
        "military",
    ),
    (
        "China's drills around Taiwan are meant to intimidate. They should not succeed",
        "For four days after House Speaker Nancy Pelosi's visit to Taipei, China's People's "
        "Liberation Army staged its largest military exercises around Taiwan in decades. "
        "Warships and aircraft crossed the median line of the Taiwan Strait, and Beijing fired "
        "ballistic missiles into the waters off the island's coasts, some of them over Taiwan "
        "itself and several into Japan's exclusive economic zone. China also suspended "
        "cooperation with the United States on climate change and military communications. No "
        "shots were fired at Taiwan, and no ships were stopped. The exercises were a rehearsal "
        "for a blockade and a message: Beijing is willing to raise the cost of any contact "
        "between Taipei and Washington. Critics of the speaker's trip argue that it provoked "
        "an unnecessary crisis. But if a visit by an American legislator can justify missile "
        "launches, then Beijing will decide who Taiwan is allowed to talk to. The Biden "
        "administration should respond not with more symbolic visits but with steady, "
        "practical support: faster delivery of the weapons Taiwan has already bought, deeper "
        "trade ties and coordination with Japan and Australia. Deterrence is built in the "
        "quiet years, not the dramatic weeks.",
        "military",
    ),
]
