# Two-sum and three-sum with dicts and sorting; pair counting.
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return seen[target - x], i
        seen[x] = i
    return None

def three_sum(nums):
    nums = sorted(nums)
    out = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                lo += 1
                hi -= 1
    return out

print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7), two_sum([-3, 4, 3, 90], 0))
print(three_sum([-1, 0, 1, 2, -1, -4]), three_sum([0, 0, 0, 0]), three_sum([-5, 2, 3, 1, 4, -2, 0, -1]))
nums = [1, 5, 7, -1, 5, 3, 3, 2]
pairs = {}
for i in range(len(nums)):
    for j in range(i + 1, len(nums)):
        pairs[nums[i] + nums[j]] = pairs.get(nums[i] + nums[j], 0) + 1
print(sorted(pairs.items()))
